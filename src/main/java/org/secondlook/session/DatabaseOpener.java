package org.secondlook.session;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Opens the session database: refuses one from a newer version untouched, refuses a damaged one untouched unless
 * asked to recover it (then it saves what it can read into a fresh file and moves the damaged one aside), opens a
 * read-only one read-only, creates a missing one owner-only, and migrates it to the current schema.
 */
final class DatabaseOpener {

    private static final List<String> COMPANION_SUFFIXES = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What to do with a damaged file. */
    enum IfDamaged { REFUSE, RECOVER }

    /**
     * How much of the file is checked before it is accepted. SQLite's full check reads every page, so its cost grows
     * with the history (seconds for a large file); the light check reads the header and the schema only, and damage
     * deeper in the file is then reported by SQLite when a command reaches it (as a damaged file, changing nothing).
     */
    enum Integrity { FULL, HEADER_AND_SCHEMA }

    record Opened(Connection connection, boolean readOnly, Optional<Recovery> recovery) {
    }

    private DatabaseOpener() {
    }

    static Opened open(Path file, Clock clock, IfDamaged ifDamaged, Integrity integrity) {
        if (Files.isDirectory(file)) {
            throw new StoreException(StoreFailures.phrase("database.folder", file, file.resolve(DataLocations.DATABASE_FILE)));
        }
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(folder)) {
                DataLocations.ensurePrivateDirectory(folder);
            }
            if (isReadOnly(file)) {
                return openReadOnly(file, integrity);
            }
            createOwnerOnlyIfMissing(file);
            Optional<Recovery> recovery = Optional.empty();
            Connection connection = openChecked(file, integrity);
            if (connection == null) {
                if (ifDamaged == IfDamaged.REFUSE) {
                    throw new DamagedDatabaseException(file);
                }
                Salvage.Result salvaged = Salvage.readFrom(file);
                recovery = Optional.of(Recovery.of(moveAside(file, clock), salvaged));
                createOwnerOnlyIfMissing(file);
                connection = SqliteConnections.open(file);
                try {
                    // The fresh file gets the schema now, to take the saved sessions; the migration below finds it current.
                    SchemaMigrations.migrate(connection, SchemaMigrations.latestVersion());
                    Salvage.writeTo(connection, salvaged);
                } catch (Exception e) {
                    connection.close();
                    throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.salvage", file), e), e);
                }
            }
            try {
                SchemaMigrations.migrate(connection, SchemaMigrations.latestVersion());
                SqliteConnections.useForSessions(connection);
                restrictToOwner(file);
                return new Opened(connection, false, recovery);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.open", file), e), e);
        } catch (IOException e) {
            throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.prepareFor", file), e), e);
        }
    }

    /** A file without the owner's write permission stays exactly so; it is read, never changed. */
    private static boolean isReadOnly(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
        }
        return !Files.isWritable(file);
    }

    private static Opened openReadOnly(Path file, Integrity integrity) throws SQLException, IOException {
        if (!DatabaseHeader.looksSound(file)) {
            throw new DamagedDatabaseException(file);
        }
        Connection connection = SqliteConnections.openReadOnly(file);
        try {
            if (!isSound(connection, integrity)) {
                throw new DamagedDatabaseException(file);
            }
            if (SchemaMigrations.versionOf(connection) != SchemaMigrations.latestVersion()) {
                throw new StoreException(StoreFailures.phrase("database.readOnlyOlder", file));
            }
            return new Opened(connection, true, Optional.empty());
        } catch (SQLException | RuntimeException e) {
            connection.close();
            if (e instanceof SQLException sql && SqliteConnections.isDamagedFile(sql)) {
                throw new DamagedDatabaseException(file);
            }
            throw e;
        }
    }

    /** A connection to a sound database this code may open, or null when the file is damaged or not ours. */
    private static Connection openChecked(Path file, Integrity integrity) throws SQLException, IOException {
        if (!DatabaseHeader.looksSound(file)) {
            return null;
        }
        try (Connection probe = SqliteConnections.openReadOnly(file)) {
            if (!isSound(probe, integrity)) {
                return null;
            }
        } catch (SQLException e) {
            if (SqliteConnections.isDamagedFile(e)) {
                return null;
            }
            throw e;
        }
        return SqliteConnections.open(file);
    }

    /**
     * Sound: passes the check asked for and is either new or a Second Look database no newer than this code. Both
     * checks read the whole schema (which SQLite parses on first use) and look for the sessions table.
     */
    private static boolean isSound(Connection probe, Integrity integrity) throws SQLException {
        int version = SchemaMigrations.versionOf(probe);
        if (version > SchemaMigrations.latestVersion()) {
            throw new NewerSchemaException(version, SchemaMigrations.latestVersion());
        }
        if (version == 0) {
            return isEmpty(probe);
        }
        return hasSessionsTable(probe) && (integrity == Integrity.HEADER_AND_SCHEMA || passesQuickCheck(probe));
    }

    private static boolean hasSessionsTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sessions'")) {
            return rows.getInt(1) == 1;
        }
    }

    /** Version 0 with tables in it is another program's database, which must not be changed. */
    private static boolean isEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_master")) {
            return rows.getInt(1) == 0;
        }
    }

    private static boolean passesQuickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            return rows.next() && "ok".equals(rows.getString(1)) && !rows.next();
        }
    }

    private static Path moveAside(Path file, Clock clock) throws IOException {
        String stamp = STAMP.format(clock.instant().atZone(ZoneId.systemDefault()));
        Path target = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp);
        for (int attempt = 2; Files.exists(target); attempt++) {
            target = file.resolveSibling(file.getFileName() + ".corrupt-" + stamp + "-" + attempt);
        }
        Files.move(file, target);
        for (String suffix : COMPANION_SUFFIXES) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(companion)) {
                Files.move(companion, target.resolveSibling(target.getFileName() + suffix));
            }
        }
        return target;
    }

    private static void createOwnerOnlyIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        try {
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            // Another instance created it first; it sets the same permissions.
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        DataLocations.makeOwnerOnly(file);
        for (String suffix : COMPANION_SUFFIXES) {
            DataLocations.makeOwnerOnly(file.resolveSibling(file.getFileName() + suffix));
        }
    }
}
