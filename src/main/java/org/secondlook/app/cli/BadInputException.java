package org.secondlook.app.cli;

/** The person gave the command line something it cannot use; the message says what and what to do. */
public final class BadInputException extends RuntimeException {

    public BadInputException(String message) {
        super(message);
    }

    public BadInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
