package org.secondlook.session;

/**
 * The clinic's server could not be reached (network down, server stopped, wrong address). Nothing was written; what
 * the person typed is still on screen and can be saved once the server is back.
 */
public final class ServerUnreachableException extends StoreException {

    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
