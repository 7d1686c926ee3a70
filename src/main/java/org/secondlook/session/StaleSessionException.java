package org.secondlook.session;

/**
 * A save was refused because the session changed elsewhere (another workstation) since this one read it; nothing was
 * overwritten. Offer to reload the session, which shows the other change, and to type again what is needed.
 */
public final class StaleSessionException extends StoreException {

    private final SessionId session;

    public StaleSessionException(SessionId session) {
        super(StoreFailures.phrase("clinic.stale", session.toString()));
        this.session = session;
    }

    public SessionId session() {
        return session;
    }
}
