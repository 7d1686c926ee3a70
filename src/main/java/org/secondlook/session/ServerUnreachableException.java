package org.secondlook.session;

import org.secondlook.text.Phrase;

/**
 * The clinic's server could not be reached (network down, server stopped, wrong address). Nothing was written; what
 * the person typed is still on screen and can be saved once the server is back.
 */
public final class ServerUnreachableException extends StoreException {

    public ServerUnreachableException(Phrase phrase, Throwable cause) {
        super(phrase, cause);
    }
}
