package org.secondlook.session;

import java.nio.file.Path;

/** The file is damaged or is not a Second Look sessions database; it was left exactly as it was. */
public final class DamagedDatabaseException extends StoreException {

    private final Path file;

    public DamagedDatabaseException(Path file) {
        super(file + " is damaged or is not a Second Look sessions database; it was left as it is."
                + " Open it in the Second Look window to save what can still be read into a new one,"
                + " or choose another database file.");
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
