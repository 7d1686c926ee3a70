package org.secondlook.session;

import java.nio.file.Path;

/**
 * The database could not be read at start, so it was moved aside and a fresh one started.
 *
 * @param movedTo where the damaged file now is; it was kept, not deleted
 * @param message plain words for the person, naming {@code movedTo}
 */
public record Recovery(Path movedTo, String message) {
}
