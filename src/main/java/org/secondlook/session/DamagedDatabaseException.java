package org.secondlook.session;

import java.nio.file.Path;

/** The file is damaged or is not a Second Look sessions database; it was left exactly as it was. */
public final class DamagedDatabaseException extends StoreException {

    private final Path file;

    public DamagedDatabaseException(Path file) {
        super(StoreFailures.phrase("database.damaged", file));
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
