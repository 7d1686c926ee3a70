package org.secondlook.knowledge;

/** One thing wrong with the content: the file, the place in it (a JSON pointer or line and column), and what is wrong. */
public record Problem(String file, String place, String message) {

    @Override
    public String toString() {
        return place.isEmpty() ? file + ": " + message : file + " " + place + ": " + message;
    }
}
