package org.secondlook.session;

/** A session file was refused; the one-line message names the field and the problem. Nothing was written. */
public class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }
}
