package org.secondlook.session;

/** The database was written by a newer Second Look; it is left exactly as it was. */
public class NewerSchemaException extends StoreException {

    private final int fileVersion;
    private final int knownVersion;

    public NewerSchemaException(int fileVersion, int knownVersion) {
        super("This database was written by a newer version of Second Look (schema " + fileVersion
                + "; this version knows up to " + knownVersion + "). Update Second Look to open it.");
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
