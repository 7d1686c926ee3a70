package org.secondlook.session;

/** The session database could not be read or written; the message is fit to show a person. */
public class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
