package org.secondlook.advice;

/** A profile the engine cannot use. The message is one line: the field, the problem, and what is allowed. */
public final class ProfileException extends RuntimeException {

    private final String field;

    ProfileException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The field at fault, as a path such as {@code priorTreatments[1].outcome}; "profile" for the whole file. */
    public String field() {
        return field;
    }
}
