package org.secondlook.session;

/** The number that identifies a stored session. Numbers are never reused after a delete. */
public record SessionId(long value) {

    public SessionId {
        if (value <= 0) {
            throw new IllegalArgumentException("A session id is a positive whole number, got " + value);
        }
    }

    /** Reads an id typed by a person; throws IllegalArgumentException with a plain message when it is not one. */
    public static SessionId parse(String text) {
        try {
            return new SessionId(Long.parseLong(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a session id; ids are positive whole numbers");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
