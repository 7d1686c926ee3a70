package org.secondlook.session;

/** The database was written by a newer Second Look; it is left exactly as it was. */
public class NewerSchemaException extends StoreException {

    private final int fileVersion;
    private final int knownVersion;

    public NewerSchemaException(int fileVersion, int knownVersion) {
        super(StoreFailures.phrase("database.newer", String.valueOf(fileVersion), String.valueOf(knownVersion)));
        this.fileVersion = fileVersion;
        this.knownVersion = knownVersion;
    }

    public int fileVersion() {
        return fileVersion;
    }

    public int knownVersion() {
        return knownVersion;
    }
}
