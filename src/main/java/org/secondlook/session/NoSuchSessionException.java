package org.secondlook.session;

/** The session asked for is not in the database (it may have been deleted). */
public class NoSuchSessionException extends StoreException {

    public NoSuchSessionException(SessionId id) {
        super(StoreFailures.phrase("session.none", id.toString()));
    }
}
