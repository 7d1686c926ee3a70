package org.secondlook.session;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import org.secondlook.advice.StepId;
import org.secondlook.advice.ProfileRules;
import org.secondlook.text.Quote;

/**
 * The saved sessions of the person using this computer, in one SQLite file: the {@link Sessions} of a person at home
 * or on one laptop.
 *
 * <p>Writes return at once with a future and run, in order, on one background writer thread; their futures
 * complete on that thread (hop to the UI thread before touching controls). Reads are synchronous: call them from a
 * background task, never from the UI thread. Close the store when the app exits so queued saves finish.
 */
public final class SessionStore implements Sessions {

    private static final int LOG_WAIT_MILLIS = 2_000;

    private final Path databaseFile;
    private final Clock clock;
    private final Optional<Recovery> recovery;
    private final SessionWriter writer;
    private final Connection reader;
    private final ReentrantLock readLock = new ReentrantLock();

    private SessionStore(Path databaseFile, Clock clock, Optional<Recovery> recovery, SessionWriter writer,
                         Connection reader) {
        this.databaseFile = databaseFile;
        this.clock = clock;
        this.recovery = recovery;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens the database in this user's data folder. */
    public static SessionStore openForCurrentUser() {
        return open(DataLocations.forCurrentUser().databaseFile());
    }

    /**
     * Opens (creating if needed) the database at {@code databaseFile}.
     *
     * @throws NewerSchemaException     if a newer Second Look wrote the file; the file is left untouched
     * @throws DamagedDatabaseException if the file is damaged or not a sessions database; it is left untouched
     * @throws StoreException           if the file or its folder cannot be used at all; a read-only file is opened
     *                                  for reading, and every change to it fails with {@link ReadOnlyDatabaseException}
     */
    public static SessionStore open(Path databaseFile) {
        return open(databaseFile, Clock.systemDefaultZone());
    }

    /**
     * As {@link #open(Path)}, with the clock that stamps changes.
     *
     * @throws DamagedDatabaseException if the file is damaged or not a sessions database; it is left untouched
     */
    public static SessionStore open(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, DatabaseOpener.IfDamaged.REFUSE, DatabaseOpener.Integrity.FULL);
    }

    /**
     * As {@link #open(Path)}, for one command-line run: before accepting the file it checks only the header and the
     * schema, not every page, so a command costs the same with a long history as with a short one. Damage deeper in
     * the file fails the command that reaches it, with the same plain message, and changes nothing.
     *
     * @throws DamagedDatabaseException if the header or the schema is damaged or not a sessions database's
     */
    public static SessionStore openForCommand(Path databaseFile) {
        return open(databaseFile, Clock.systemDefaultZone(), DatabaseOpener.IfDamaged.REFUSE,
                DatabaseOpener.Integrity.HEADER_AND_SCHEMA);
    }

    /**
     * Opens the database, and when it is damaged (and only after the person agreed) copies every session that can
     * still be read into a fresh file and moves the damaged one aside; {@link #recovery()} then says what happened.
     */
    public static SessionStore openRecovering(Path databaseFile, Clock clock) {
        return open(databaseFile, clock, DatabaseOpener.IfDamaged.RECOVER, DatabaseOpener.Integrity.FULL);
    }

    private static SessionStore open(Path databaseFile, Clock clock, DatabaseOpener.IfDamaged ifDamaged,
                                     DatabaseOpener.Integrity integrity) {
        DatabaseOpener.Opened opened = DatabaseOpener.open(databaseFile, clock, ifDamaged, integrity);
        try {
            Connection reader;
            if (opened.readOnly()) {
                reader = SqliteConnections.openReadOnly(databaseFile);
            } else {
                reader = SqliteConnections.open(databaseFile);
                SqliteConnections.useForSessions(reader);
            }
            return new SessionStore(databaseFile, clock, opened.recovery(),
                    new SessionWriter(opened.connection(), opened.readOnly() ? databaseFile : null), reader);
        } catch (SQLException e) {
            try {
                opened.connection().close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.open", databaseFile), e), e);
        }
    }

    /** Present when the database was damaged at start and a fresh one was begun; show its message once. */
    @Override
    public Optional<Recovery> recovery() {
        return recovery;
    }

    public Path databaseFile() {
        return databaseFile;
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.of(databaseFile);
    }

    // ---- writes: each returns at once; the future completes on the writer thread ----

    /** Starts a new, unfinished session. */
    @Override
    public CompletableFuture<SessionId> create(SessionAnswers answers, String contentVersion, String label) {
        return insert(answers, SessionStatus.IN_PROGRESS, contentVersion, label);
    }

    /**
     * Saves a finished session in one step and waits until it is on disk; for the command line
     * ({@code recommend --save}) and background tasks, not the UI thread.
     */
    @Override
    public SessionId createCompleted(SessionAnswers answers, String contentVersion, String label) {
        return await(insert(answers, SessionStatus.COMPLETED, contentVersion, label));
    }

    /** Replaces the answers of a session (what the {@link Autosaver} calls). */
    @Override
    public CompletableFuture<Void> saveAnswers(SessionId id, SessionAnswers answers) {
        return writer.write(StoreFailures.phrase("do.save", id.toString()), connection -> {
            String sql = "UPDATE sessions SET (" + SessionRows.ANSWER_COLUMNS + ", updated_at) = ("
                    + SessionRows.ANSWER_PLACEHOLDERS + ", ?)"
                    + " WHERE id = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = SessionRows.bindAnswers(statement, 1, answers);
                statement.setLong(next++, now().toEpochMilli());
                statement.setLong(next, id.value());
                requireFound(id, statement.executeUpdate());
            }
            return null;
        });
    }

    /**
     * Marks a session finished: the person reached the last step. What they were shown is not stored; it is
     * derived again from the answers and the content version (see the README, "Where data lives").
     */
    @Override
    public CompletableFuture<Void> complete(SessionId id) {
        return writer.write(StoreFailures.phrase("do.finish", id.toString()), connection -> {
            String sql = "UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, SessionStatus.COMPLETED.name());
                statement.setLong(2, now().toEpochMilli());
                statement.setLong(3, id.value());
                requireFound(id, statement.executeUpdate());
            }
            return null;
        });
    }

    /** Gives a session a new name or alias; null removes it. */
    @Override
    public CompletableFuture<Void> relabel(SessionId id, String label) {
        String clean = cleanLabel(label);
        return writer.write(StoreFailures.phrase("do.rename", id.toString()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE sessions SET label = ?, updated_at = ? WHERE id = ?")) {
                SessionRows.setText(statement, 1, clean);
                statement.setLong(2, now().toEpochMilli());
                statement.setLong(3, id.value());
                requireFound(id, statement.executeUpdate());
            }
            return null;
        });
    }

    /**
     * Starts a new unfinished session with the answers of an old one, reopened at the first step and shown
     * {@code contentVersion}; the old session is not changed.
     */
    @Override
    public CompletableFuture<SessionId> startAgainFrom(SessionId source, String contentVersion) {
        requireContentVersion(contentVersion);
        return writer.write(StoreFailures.phrase("do.startAgain", source.toString()), connection -> {
            Session old = SessionRows.find(connection, source).orElseThrow(() -> new NoSuchSessionException(source));
            Instant now = now();
            return insertRow(connection, old.answers().atStep(StepId.FIRST), SessionStatus.IN_PROGRESS,
                    contentVersion, old.label(), now, now);
        });
    }

    /**
     * Deletes a session for good: the row goes, its freed pages are zeroed (secure_delete) and the write-ahead log
     * that still held it is emptied.
     */
    @Override
    public CompletableFuture<Deletion> delete(SessionId id) {
        return writer.write(StoreFailures.phrase("do.delete", id.toString()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
                statement.setLong(1, id.value());
                return statement.executeUpdate() > 0;
            }
        }).thenCompose(found -> writer.maintain(StoreFailures.phrase("do.clearDeleted"),
                connection -> new Deletion(found, truncateLog(connection))));
    }

    /** Deletes every session and rebuilds the file so that nothing of them is left in it. */
    @Override
    public CompletableFuture<Void> deleteAll() {
        return writer.write(StoreFailures.phrase("do.deleteAll"), connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("DELETE FROM sessions");
            }
            return null;
        }).thenCompose(nothing -> writer.maintain(StoreFailures.phrase("do.clearAllDeleted"), connection -> {
            try (Statement rebuild = connection.createStatement()) {
                rebuild.executeUpdate("INSERT INTO session_labels (session_labels) VALUES ('rebuild')");
            }
            try (Statement vacuum = connection.createStatement()) {
                vacuum.executeUpdate("VACUUM");
            }
            truncateLog(connection);
            return null;
        }));
    }

    /**
     * Checks a session file completely, its answers by the same {@code rules} as every other way in, then adds it
     * as a new session. Fails with {@link ImportException}
     * (inside the CompletionException) naming the first problem found; nothing is written then.
     */
    @Override
    public CompletableFuture<SessionId> importFile(Path file, ProfileRules rules) {
        return writer.maintain(StoreFailures.phrase("do.import", file), connection -> {
            ImportedSession imported = SessionFiles.read(file, rules);
            return SessionWriter.inTransaction(connection, c -> insertRow(c, imported.answers(), imported.status(),
                    imported.contentVersion(), imported.label(),
                    imported.createdAt(), imported.updatedAt()));
        });
    }

    // ---- reads: synchronous, call from a background task ----

    @Override
    public Optional<Session> find(SessionId id) {
        return read(connection -> SessionRows.find(connection, id));
    }

    /** One page of the history, newest first; pass {@code page.next()} to {@link SessionQuery#after} for more. */
    @Override
    public SessionPage list(SessionQuery query) {
        return read(connection -> SessionListing.page(connection, query));
    }

    /** The most recently changed unfinished session, for "carry on where you left off?" at start. */
    @Override
    public Optional<SessionSummary> latestUnfinished() {
        return read(SessionListing::latestUnfinished);
    }

    /**
     * Writes a session to a JSON file only its owner can read (see {@link OutputFile}); never over this database.
     *
     * @param replace whether an existing file may be replaced (the person confirmed it)
     */
    @Override
    public void exportTo(SessionId id, Path file, boolean replace) throws IOException {
        SessionFiles.write(get(id), new OutputFile(file, databaseFile, replace));
    }

    /** Finishes every queued save, then closes the database. */
    @Override
    public void close() {
        try {
            writer.close();
            reader.close();
        } catch (SQLException e) {
            throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.close"), e), e);
        }
    }

    // ---- inner workings ----

    private CompletableFuture<SessionId> insert(SessionAnswers answers, SessionStatus status, String contentVersion,
                                                String label) {
        String clean = cleanLabel(label);
        requireContentVersion(contentVersion);
        return writer.write(StoreFailures.phrase("do.saveNew"), connection -> {
            Instant now = now();
            return insertRow(connection, answers, status, contentVersion, clean, now, now);
        });
    }

    private static SessionId insertRow(Connection connection, SessionAnswers answers, SessionStatus status,
                                       String contentVersion, String label,
                                       Instant createdAt, Instant updatedAt) throws SQLException {
        String sql = "INSERT INTO sessions (" + SessionRows.ANSWER_COLUMNS
                + ", label, status, content_version, created_at, updated_at)"
                + " VALUES (" + SessionRows.ANSWER_PLACEHOLDERS + ", ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int next = SessionRows.bindAnswers(statement, 1, answers);
            SessionRows.setText(statement, next++, label);
            statement.setString(next++, status.name());
            statement.setString(next++, contentVersion);
            statement.setLong(next++, createdAt.toEpochMilli());
            statement.setLong(next, updatedAt.toEpochMilli());
            statement.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT last_insert_rowid()")) {
            return new SessionId(row.getLong(1));
        }
    }

    /** Copies the log into the file and empties it; false when a reader of an older state kept it from finishing. */
    private static boolean truncateLog(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // Waiting the full busy timeout for a reader that may stay open for hours helps nobody.
            statement.execute("PRAGMA busy_timeout = " + LOG_WAIT_MILLIS);
            try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                return result.next() && result.getInt(1) == 0 && result.getInt(2) <= 0;
            } finally {
                statement.execute("PRAGMA busy_timeout = " + SqliteConnections.BUSY_TIMEOUT_MILLIS);
            }
        }
    }

    private static void requireFound(SessionId id, int changedRows) {
        if (changedRows == 0) {
            throw new NoSuchSessionException(id);
        }
    }

    static void requireContentVersion(String contentVersion) {
        if (contentVersion == null || contentVersion.isBlank()) {
            throw new IllegalArgumentException("The content version shown must be given");
        }
    }

    static String cleanLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String clean = label.strip();
        if (clean.length() > MAX_LABEL_LENGTH) {
            throw new IllegalArgumentException("A label can be at most " + MAX_LABEL_LENGTH + " characters");
        }
        if (Quote.hasControlCharacters(clean)) {
            throw new IllegalArgumentException("A label is one line of plain text, without control characters"
                    + " such as line breaks or escapes");
        }
        return clean;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private interface Read<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> query) {
        readLock.lock();
        try {
            return query.run(reader);
        } catch (SQLException e) {
            throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.read", databaseFile), e), e);
        } finally {
            readLock.unlock();
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.saveSession"), e.getCause()), e.getCause());
        }
    }
}
