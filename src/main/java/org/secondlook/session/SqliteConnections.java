package org.secondlook.session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Opens connections to the session database with the settings every connection needs. */
final class SqliteConnections {

    static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private SqliteConnections() {
    }

    /** A connection for reading and writing sessions. */
    static Connection open(Path file) throws SQLException {
        return open(file, false);
    }

    /**
     * A connection that cannot change the file or its log, not even by a checkpoint on close:
     * for checking a database before accepting it, so that a refused or damaged file stays exactly as found.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        return open(file, true);
    }

    private static Connection open(Path file, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.enforceForeignKeys(true);
        // IMMEDIATE takes the write lock at BEGIN, so a second writer waits on the busy timeout
        // instead of failing when it would otherwise upgrade a read lock.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** Settings that are written into the file or cost durability; applied only to an accepted, migrated database. */
    static void useForSessions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = WAL");
            // FULL syncs the WAL on every commit, so a power cut cannot take back a save already reported.
            statement.execute("PRAGMA synchronous = FULL");
            statement.execute("PRAGMA secure_delete = ON");
        }
    }

    static boolean isDamagedFile(SQLException e) {
        if (e instanceof SQLiteException sqlite) {
            SQLiteErrorCode code = sqlite.getResultCode();
            int primary = code.code & 0xff;
            return primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code;
        }
        return false;
    }
}
