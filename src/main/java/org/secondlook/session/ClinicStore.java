package org.secondlook.session;

import org.secondlook.text.Phrase;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.secondlook.advice.ProfileRules;
import org.secondlook.advice.StepId;

/**
 * A clinic's sessions on its PostgreSQL server, shared by every workstation; each clinician logs in with a role of
 * their own and sees only the sessions of their clinic (row-level security, see {@code clinic/V1__clinic_store.sql}).
 *
 * <p>Saves are optimistic: this store remembers the version of each session it last read or wrote, and a save based
 * on an older version than the server's is refused with {@link StaleSessionException} instead of overwriting
 * another workstation's change. Writes run in order on one background thread, as in {@link SessionStore}.
 */
public final class ClinicStore implements Sessions {

    /** Two for reads and writes, one held by each history list that listens for changes. */
    private static final int POOL_SIZE = 4;
    private static final String CHANGES = "second_look_sessions";
    private static final int LISTEN_WAIT_MILLIS = 1_000;
    private static final long CONNECT_TIMEOUT_MILLIS = 5_000;
    private static final String SESSION_COLUMNS = SessionRows.SESSION_COLUMNS + ", version";
    private static final SessionListing.LabelFilter TRIGRAM_SEARCH = (text, sql, parameters) -> {
        // ILIKE '%text%' is served by the pg_trgm GIN index on labels.
        sql.append(" AND label ILIKE ? ESCAPE '\\'");
        parameters.add(SessionListing.likePattern(text));
    };

    private final ClinicAddress address;
    private final HikariDataSource pool;
    private final Clock clock;
    private final ExecutorService writer;
    private final Map<SessionId, Long> versions = new ConcurrentHashMap<>();

    private ClinicStore(ClinicAddress address, HikariDataSource pool, Clock clock) {
        this.address = address;
        this.pool = pool;
        this.clock = clock;
        this.writer = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "second-look-clinic-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Connects to the clinic store at {@code address} with {@code password}; the schema must have been set up
     * ({@code second-look store init}).
     *
     * @throws ServerUnreachableException when the server cannot be reached
     * @throws StoreException             when it refuses the login or is not set up, saying what to do
     */
    public static ClinicStore open(ClinicAddress address, char[] password) {
        return open(address, password, Clock.systemDefaultZone());
    }

    static ClinicStore open(ClinicAddress address, char[] password, Clock clock) {
        HikariDataSource pool = pool(address, password, POOL_SIZE);
        ClinicStore store = new ClinicStore(address, pool, clock);
        try {
            store.requireClinician();
            return store;
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A small pool of connections as the address's role; fails at once when the server cannot be used. */
    static HikariDataSource pool(ClinicAddress address, char[] password, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        if (password != null) {
            config.setPassword(new String(password));
        }
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        config.setPoolName("second-look-clinic");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ClinicFailures.of(StoreFailures.phrase("do.openClinic", address.toString()), address, e);
        }
    }

    private void requireClinician() {
        String clinic = read(StoreFailures.phrase("do.openClinic", address.toString()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT current_clinic()");
                 ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        });
        if (clinic == null) {
            throw new StoreException(StoreFailures.phrase("clinic.notClinician", address.user(), address.toString()));
        }
    }

    public ClinicAddress address() {
        return address;
    }

    @Override
    public Optional<Path> localFile() {
        return Optional.empty();
    }

    // ---- writes: in order, on the writer thread ----

    @Override
    public CompletableFuture<SessionId> create(SessionAnswers answers, String contentVersion, String label) {
        return insert(answers, SessionStatus.IN_PROGRESS, contentVersion, label);
    }

    @Override
    public SessionId createCompleted(SessionAnswers answers, String contentVersion, String label) {
        return await(insert(answers, SessionStatus.COMPLETED, contentVersion, label));
    }

    @Override
    public CompletableFuture<Void> saveAnswers(SessionId id, SessionAnswers answers) {
        return update(StoreFailures.phrase("do.save", id.toString()), id,
                "UPDATE sessions SET (" + SessionRows.ANSWER_COLUMNS + ", updated_at) = ("
                        + SessionRows.ANSWER_PLACEHOLDERS + ", ?)",
                (statement, next) -> {
                    next = SessionRows.bindAnswers(statement, next, answers);
                    statement.setLong(next, now().toEpochMilli());
                    return next + 1;
                });
    }

    @Override
    public CompletableFuture<Void> complete(SessionId id) {
        return update(StoreFailures.phrase("do.finish", id.toString()), id, "UPDATE sessions SET status = ?, updated_at = ?",
                (statement, next) -> {
                    statement.setString(next, SessionStatus.COMPLETED.name());
                    statement.setLong(next + 1, now().toEpochMilli());
                    return next + 2;
                });
    }

    @Override
    public CompletableFuture<Void> relabel(SessionId id, String label) {
        String clean = SessionStore.cleanLabel(label);
        return update(StoreFailures.phrase("do.rename", id.toString()), id, "UPDATE sessions SET label = ?, updated_at = ?",
                (statement, next) -> {
                    SessionRows.setText(statement, next, clean);
                    statement.setLong(next + 1, now().toEpochMilli());
                    return next + 2;
                });
    }

    @Override
    public CompletableFuture<SessionId> startAgainFrom(SessionId source, String contentVersion) {
        SessionStore.requireContentVersion(contentVersion);
        return write(StoreFailures.phrase("do.startAgain", source.toString()), connection -> {
            Session old = find(connection, source).orElseThrow(() -> new NoSuchSessionException(source));
            Instant now = now();
            return insertRow(connection, old.answers().atStep(StepId.FIRST), SessionStatus.IN_PROGRESS,
                    contentVersion, old.label(), now, now);
        });
    }

    @Override
    public CompletableFuture<Deletion> delete(SessionId id) {
        return write(StoreFailures.phrase("do.delete", id.toString()), connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sessions WHERE id = ?")) {
                statement.setLong(1, id.value());
                boolean found = statement.executeUpdate() > 0;
                versions.remove(id);
                // PostgreSQL frees the row's space at its next vacuum; no reader keeps an older copy readable.
                return new Deletion(found, found);
            }
        });
    }

    @Override
    public CompletableFuture<Void> deleteAll() {
        return write(StoreFailures.phrase("do.deleteAll"), connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM sessions")) {
                statement.executeUpdate();
            }
            versions.clear();
            return null;
        });
    }

    @Override
    public CompletableFuture<SessionId> importFile(Path file, ProfileRules rules) {
        return write(StoreFailures.phrase("do.import", file), connection -> {
            ImportedSession imported = SessionFiles.read(file, rules);
            return insertRow(connection, imported.answers(), imported.status(), imported.contentVersion(),
                    imported.label(), imported.createdAt(), imported.updatedAt());
        });
    }

    /**
     * Adds a session copied from another store unless a copy with the same {@code sourceKey} is here already.
     *
     * @return whether it was added
     */
    boolean copyIn(Session session, String sourceKey) {
        return await(write(StoreFailures.phrase("do.copy", session.id().toString()), connection -> {
            String sql = "INSERT INTO sessions (" + SessionRows.ANSWER_COLUMNS
                    + ", label, status, content_version, created_at, updated_at, source_key)"
                    + " VALUES (" + SessionRows.ANSWER_PLACEHOLDERS + ", ?, ?, ?, ?, ?, ?) ON CONFLICT (clinic, source_key) DO NOTHING";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = bindRow(statement, session.answers(), session.status(), session.contentVersion(),
                        session.label(), session.createdAt(), session.updatedAt());
                statement.setString(next, sourceKey);
                return statement.executeUpdate() > 0;
            }
        }));
    }

    @Override
    public void recordPrinted(SessionId id) {
        await(write(StoreFailures.phrase("do.notePrinted", id.toString()), connection -> audit(connection, id, "PRINTED")));
    }

    /**
     * LISTEN/NOTIFY: the database tells every listening workstation when a session was created, changed or deleted.
     * Changes made after this returns are heard; while the server is away it listens again until it is back.
     */
    @Override
    public AutoCloseable onChanged(Runnable listener) {
        AtomicBoolean stopped = new AtomicBoolean();
        Connection first;
        try {
            first = listen(pool.getConnection());
        } catch (SQLException e) {
            throw ClinicFailures.of(StoreFailures.phrase("do.follow"), address, e);
        }
        Thread thread = new Thread(() -> {
            Connection connection = first;
            while (!stopped.get()) {
                try {
                    if (connection == null) {
                        connection = listen(pool.getConnection());
                    }
                    PGNotification[] arrived = connection.unwrap(PGConnection.class).getNotifications(LISTEN_WAIT_MILLIS);
                    if (arrived != null && arrived.length > 0) {
                        listener.run();
                    }
                } catch (SQLException serverAway) {
                    // The pool waits its connection timeout before the next try, so this does not spin.
                    if (connection != null) {
                        pool.evictConnection(connection);
                    }
                    connection = null;
                }
            }
            stopListening(connection);
        }, "second-look-clinic-changes");
        thread.setDaemon(true);
        thread.start();
        return () -> stopped.set(true);
    }

    private Connection listen(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + CHANGES);
            return connection;
        } catch (SQLException e) {
            pool.evictConnection(connection);
            throw e;
        }
    }

    /** Gives the connection back to the pool no longer listening, so that notices do not pile up in it. */
    private void stopListening(Connection connection) {
        if (connection == null) {
            return;
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute("UNLISTEN " + CHANGES);
        } catch (SQLException broken) {
            pool.evictConnection(connection);
        }
    }

    // ---- reads ----

    /** Opening a session is logged: the audit says who looked at what. */
    @Override
    public Optional<Session> find(SessionId id) {
        return read(StoreFailures.phrase("do.readSession", id.toString()), connection -> {
            Optional<Session> found = find(connection, id);
            if (found.isPresent()) {
                audit(connection, id, "OPENED");
            }
            return found;
        });
    }

    @Override
    public SessionPage list(SessionQuery query) {
        return read(StoreFailures.phrase("do.readClinic"),
                connection -> SessionListing.page(connection, query, TRIGRAM_SEARCH));
    }

    @Override
    public Optional<SessionSummary> latestUnfinished() {
        return read(StoreFailures.phrase("do.readClinic"), SessionListing::latestUnfinished);
    }

    @Override
    public void exportTo(SessionId id, Path file, boolean replace) throws IOException {
        SessionFiles.write(get(id), new OutputFile(file, null, replace));
        await(write(StoreFailures.phrase("do.noteExported", id.toString()), connection -> audit(connection, id, "EXPORTED")));
    }

    /** Finishes every queued save, then closes the connections. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.close();
        }
    }

    // ---- inner workings ----

    private interface Binder {
        /** Binds the SET values from parameter {@code first}; returns the next free index. */
        int bind(PreparedStatement statement, int first) throws SQLException;
    }

    private CompletableFuture<SessionId> insert(SessionAnswers answers, SessionStatus status, String contentVersion,
                                                String label) {
        String clean = SessionStore.cleanLabel(label);
        SessionStore.requireContentVersion(contentVersion);
        return write(StoreFailures.phrase("do.saveNew"), connection -> {
            Instant now = now();
            return insertRow(connection, answers, status, contentVersion, clean, now, now);
        });
    }

    private SessionId insertRow(Connection connection, SessionAnswers answers, SessionStatus status,
                                String contentVersion, String label, Instant createdAt, Instant updatedAt)
            throws SQLException {
        String sql = "INSERT INTO sessions (" + SessionRows.ANSWER_COLUMNS
                + ", label, status, content_version, created_at, updated_at)"
                + " VALUES (" + SessionRows.ANSWER_PLACEHOLDERS + ", ?, ?, ?, ?, ?) RETURNING id, version";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindRow(statement, answers, status, contentVersion, label, createdAt, updatedAt);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                SessionId id = new SessionId(row.getLong(1));
                versions.put(id, row.getLong(2));
                return id;
            }
        }
    }

    /** Binds the answer columns, label, status, content version and both times; returns the next free index. */
    private static int bindRow(PreparedStatement statement, SessionAnswers answers, SessionStatus status,
                                String contentVersion, String label, Instant createdAt, Instant updatedAt)
            throws SQLException {
        int next = SessionRows.bindAnswers(statement, 1, answers);
        SessionRows.setText(statement, next++, label);
        statement.setString(next++, status.name());
        statement.setString(next++, contentVersion);
        statement.setLong(next++, createdAt.toEpochMilli());
        statement.setLong(next++, updatedAt.toEpochMilli());
        return next;
    }

    /**
     * Changes one session if it is still at the version this store last saw; the version goes up by one. A session
     * this store never read is taken at the server's version.
     */
    private CompletableFuture<Void> update(Phrase what, SessionId id, String setClause, Binder binder) {
        return write(what, connection -> {
            Long seen = versions.get(id);
            String sql = setClause + ", version = version + 1 WHERE id = ?"
                    + (seen == null ? "" : " AND version = ?") + " RETURNING version";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int next = binder.bind(statement, 1);
                statement.setLong(next++, id.value());
                if (seen != null) {
                    statement.setLong(next, seen);
                }
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        versions.put(id, row.getLong(1));
                        return null;
                    }
                }
            }
            if (find(connection, id).isEmpty()) {
                throw new NoSuchSessionException(id);
            }
            throw new StaleSessionException(id);
        });
    }

    private Optional<Session> find(Connection connection, SessionId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + SESSION_COLUMNS + " FROM sessions WHERE id = ?")) {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                versions.put(id, row.getLong("version"));
                return Optional.of(SessionRows.session(row));
            }
        }
    }

    private static Void audit(Connection connection, SessionId id, String action) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO audit_log (session_id, action) VALUES (?, ?)")) {
            statement.setLong(1, id.value());
            statement.setString(2, action);
            statement.executeUpdate();
        }
        return null;
    }

    private <T> CompletableFuture<T> write(Phrase what, SessionWriter.Work<T> work) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection connection = pool.getConnection()) {
                return SessionWriter.inTransaction(connection, work);
            } catch (NoSuchSessionException | IllegalArgumentException | ImportException e) {
                throw new CompletionException(e);
            } catch (Exception e) {
                throw new CompletionException(ClinicFailures.of(what, address, e));
            }
        }, writer);
    }

    private <T> T read(Phrase what, SessionWriter.Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw ClinicFailures.of(what, address, e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
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
