package org.secondlook.app.cli;

import org.secondlook.text.Phrase;

/** The person gave the command line something it cannot use; the sentence says what and what to do. */
public final class BadInputException extends RuntimeException implements Phrase.Worded {

    private final transient Phrase phrase;

    BadInputException(Phrase phrase, Throwable cause) {
        super(phrase.english(), cause);
        this.phrase = phrase;
    }

    BadInputException(Phrase phrase) {
        this(phrase, null);
    }

    /** The command line's own sentence {@code key}. */
    BadInputException(String key, Object... args) {
        this(CliText.phrase(key, args));
    }

    @Override
    public Phrase phrase() {
        return phrase;
    }
}
