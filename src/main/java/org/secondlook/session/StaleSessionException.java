package org.secondlook.session;

/**
 * A save was refused because the session changed elsewhere (another workstation) since this one read it; nothing was
 * overwritten. Offer to reload the session, which shows the other change, and to type again what is needed.
 */
public final class StaleSessionException extends StoreException {

    private final SessionId session;

    public StaleSessionException(SessionId session) {
        super("Session " + session + " was changed on another computer since you opened it, so your change was not"
                + " saved over it. Reload the session to see the newer version, then make your change again.");
        this.session = session;
    }

    public SessionId session() {
        return session;
    }
}
