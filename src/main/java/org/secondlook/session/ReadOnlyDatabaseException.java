package org.secondlook.session;

import java.nio.file.Path;

/** The database file is read-only, so a change was refused; the file was not touched. */
public final class ReadOnlyDatabaseException extends StoreException {

    public ReadOnlyDatabaseException(Path file) {
        super(StoreFailures.phrase("database.readOnly", file));
    }
}
