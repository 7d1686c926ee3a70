package org.secondlook.session;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Opens the session database for writing: refuses one from a newer version untouched, moves a damaged one aside,
 * creates a missing one owner-only, and migrates it to the current schema.
 */
final class DatabaseOpener {

    private static final List<String> COMPANION_SUFFIXES = List.of("-wal", "-shm", "-journal");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    record Opened(Connection connection, Optional<Recovery> recovery) {
    }

    private DatabaseOpener() {
    }

    static Opened open(Path file, Clock clock) {
        try {
            DataLocations.ensurePrivateDirectory(file.toAbsolutePath().getParent());
            createOwnerOnlyIfMissing(file);
            Optional<Recovery> recovery = Optional.empty();
            Connection connection = openChecked(file);
            if (connection == null) {
                recovery = Optional.of(moveAside(file, clock));
                createOwnerOnlyIfMissing(file);
                connection = SqliteConnections.open(file);
            }
            try {
                SchemaMigrations.migrate(connection, SchemaMigrations.latestVersion());
                SqliteConnections.useForSessions(connection);
                restrictToOwner(file);
                return new Opened(connection, recovery);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not open the sessions database " + file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Could not prepare the data folder for " + file + ": " + e.getMessage(), e);
        }
    }

    /** A connection to a sound database this code may open, or null when the file is damaged. */
    private static Connection openChecked(Path file) throws SQLException {
        try (Connection probe = SqliteConnections.openReadOnly(file)) {
            int version = SchemaMigrations.versionOf(probe);
            if (version > SchemaMigrations.latestVersion()) {
                throw new NewerSchemaException(version, SchemaMigrations.latestVersion());
            }
            if (!passesQuickCheck(probe)) {
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

    private static boolean passesQuickCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
            return rows.next() && "ok".equals(rows.getString(1)) && !rows.next();
        }
    }

    private static Recovery moveAside(Path file, Clock clock) throws IOException {
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
        String message = "Your saved sessions could not be read, so Second Look started a new, empty list. "
                + "The damaged file was kept, not deleted, at " + target.toAbsolutePath() + ".";
        return new Recovery(target.toAbsolutePath(), message);
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
