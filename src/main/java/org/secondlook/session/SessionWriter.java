package org.secondlook.session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.secondlook.text.Phrase;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that writes to the database. Work runs in submission order; callers get a future at once
 * and never wait for the disk. Futures complete on this thread.
 */
final class SessionWriter implements AutoCloseable {

    interface Work<T> {
        T run(Connection connection) throws Exception;
    }

    private final Connection connection;
    private final Path readOnlyFile;
    private final ExecutorService thread;

    /** @param readOnlyFile the database when it is read-only, so that every write is refused; null otherwise */
    SessionWriter(Connection connection, Path readOnlyFile) {
        this.connection = connection;
        this.readOnlyFile = readOnlyFile;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread writer = new Thread(task, "second-look-session-writer");
            writer.setDaemon(true);
            return writer;
        });
    }

    /** Runs {@code work} in one transaction: all of it is saved, or none of it. */
    <T> CompletableFuture<T> write(Phrase what, Work<T> work) {
        return submit(what, () -> inTransaction(connection, work));
    }

    /** Runs {@code work} outside a transaction, for steps SQLite refuses inside one (VACUUM, checkpoints). */
    <T> CompletableFuture<T> maintain(Phrase what, Work<T> work) {
        return submit(what, () -> work.run(connection));
    }

    static <T> T inTransaction(Connection connection, Work<T> work) throws Exception {
        connection.setAutoCommit(false);
        try {
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (Exception e) {
            // SQLite may have rolled back already (a full disk does); the first failure is the one to report.
            try {
                connection.rollback();
            } catch (SQLException alreadyRolledBack) {
                e.addSuppressed(alreadyRolledBack);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable anyway; the failure above is reported
            }
        }
    }

    private interface Job<T> {
        T call() throws Exception;
    }

    private <T> CompletableFuture<T> submit(Phrase what, Job<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (readOnlyFile != null) {
            result.completeExceptionally(new ReadOnlyDatabaseException(readOnlyFile));
            return result;
        }
        try {
            thread.execute(() -> {
                try {
                    result.complete(job.call());
                } catch (SQLException e) {
                    result.completeExceptionally(new StoreException(StoreFailures.plain(what, e), e));
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new StoreException(StoreFailures.phrase("database.closed", what)));
        }
        return result;
    }

    /** Finishes every write already submitted, then closes the connection. */
    @Override
    public void close() throws SQLException {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new StoreException(StoreFailures.phrase("close.slow"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreFailures.phrase("close.interrupted"));
        }
        connection.close();
    }
}
