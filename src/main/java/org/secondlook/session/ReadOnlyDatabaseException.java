package org.secondlook.session;

import java.nio.file.Path;

/** The database file is read-only, so a change was refused; the file was not touched. */
public final class ReadOnlyDatabaseException extends StoreException {

    public ReadOnlyDatabaseException(Path file) {
        super("The sessions database " + file + " is read-only, so nothing was changed. Make it writable"
                + " (for example: chmod u+w " + file + ") or choose another database file.");
    }
}
