package org.secondlook.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.secondlook.advice.ProfileRules;

/**
 * Where the saved sessions are kept: a file on this computer ({@link SessionStore}, SQLite) or a clinic's PostgreSQL
 * server ({@link ClinicStore}). The window, the command line and the {@link Autosaver} use only this.
 *
 * <p>Writes return at once with a future; their futures complete on a background thread (hop to the UI thread before
 * touching controls). Reads are synchronous: call them from a background task, never from the UI thread. Close the
 * store when the app exits so queued saves finish.
 */
public interface Sessions extends AutoCloseable {

    int MAX_LABEL_LENGTH = 200;

    /**
     * What a delete did.
     *
     * @param found whether there was such a session
     * @param wiped whether its data is gone from storage too; false while another program still reads the older state
     */
    record Deletion(boolean found, boolean wiped) {
    }

    /** Present when a damaged file was replaced at start; show its message once. */
    default Optional<Recovery> recovery() {
        return Optional.empty();
    }

    /** The database file on this computer, which output must never overwrite; empty for a server. */
    Optional<Path> localFile();

    /** Starts a new, unfinished session. */
    CompletableFuture<SessionId> create(SessionAnswers answers, String contentVersion, String label);

    /** Saves a finished session in one step and waits until it is stored; never from the UI thread. */
    SessionId createCompleted(SessionAnswers answers, String contentVersion, String label);

    /**
     * Replaces the answers of a session (what the {@link Autosaver} calls). Fails with
     * {@link StaleSessionException} when someone else changed the session since this store last read or wrote it.
     */
    CompletableFuture<Void> saveAnswers(SessionId id, SessionAnswers answers);

    /** Marks a session finished: the person reached the last step. */
    CompletableFuture<Void> complete(SessionId id);

    /** Gives a session a new name or alias; null removes it. */
    CompletableFuture<Void> relabel(SessionId id, String label);

    /** Starts a new unfinished session with the answers of an old one, reopened at the first step. */
    CompletableFuture<SessionId> startAgainFrom(SessionId source, String contentVersion);

    /** Deletes a session for good. */
    CompletableFuture<Deletion> delete(SessionId id);

    /** Deletes every session this store can reach. */
    CompletableFuture<Void> deleteAll();

    /**
     * Checks a session file completely, then adds it as a new session; fails with {@link ImportException} (inside
     * the CompletionException) naming the first problem found, and nothing is written then.
     */
    CompletableFuture<SessionId> importFile(Path file, ProfileRules rules);

    Optional<Session> find(SessionId id);

    /** The session, or {@link NoSuchSessionException}. */
    default Session get(SessionId id) {
        return find(id).orElseThrow(() -> new NoSuchSessionException(id));
    }

    /** One page of the history, newest first; pass {@code page.next()} to {@link SessionQuery#after} for more. */
    SessionPage list(SessionQuery query);

    /** The most recently changed unfinished session, for "carry on where you left off?" at start. */
    Optional<SessionSummary> latestUnfinished();

    /** What differs between two sessions, {@code earlier} first. */
    default SessionComparison compare(SessionId earlier, SessionId later) {
        return SessionComparison.between(get(earlier), get(later));
    }

    /**
     * Writes a session to a JSON file only its owner can read (see {@link OutputFile}); never over a local database.
     *
     * @param replace whether an existing file may be replaced (the person confirmed it)
     */
    void exportTo(SessionId id, Path file, boolean replace) throws IOException;

    /** Notes that a session's summary was printed; a shared store keeps it in its audit log. */
    default void recordPrinted(SessionId id) {
    }

    /**
     * Calls {@code listener}, on a background thread, whenever sessions were changed elsewhere (another workstation of
     * a shared store), so that a history list can refresh. Closing the returned handle stops it.
     */
    default AutoCloseable onChanged(Runnable listener) {
        return () -> { };
    }

    /** Finishes every queued save, then lets go of the storage. */
    @Override
    void close();
}
