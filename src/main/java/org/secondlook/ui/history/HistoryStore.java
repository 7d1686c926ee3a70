package org.secondlook.ui.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.secondlook.advice.ProfileRules;
import org.secondlook.session.Session;
import org.secondlook.session.SessionComparison;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionPage;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.Sessions;

/**
 * What the history screens ask of the session store. Every call here blocks or touches the disk, so the screens
 * make them only through {@link org.secondlook.ui.common.BackgroundWork}; tests wrap this to prove it.
 */
interface HistoryStore {

    SessionPage list(SessionQuery query);

    Optional<Session> find(SessionId id);

    SessionComparison compare(SessionId earlier, SessionId later);

    void exportTo(SessionId id, Path file) throws IOException;

    CompletableFuture<SessionId> importFile(Path file);

    CompletableFuture<Boolean> delete(SessionId id);

    CompletableFuture<Void> deleteAll();

    /** False for a clinic's server, whose sessions belong to every room: no one workstation deletes them all. */
    default boolean onThisComputer() {
        return true;
    }

    static HistoryStore of(Sessions store, ProfileRules importRules) {
        return new HistoryStore() {
            @Override
            public SessionPage list(SessionQuery query) {
                return store.list(query);
            }

            @Override
            public Optional<Session> find(SessionId id) {
                return store.find(id);
            }

            @Override
            public SessionComparison compare(SessionId earlier, SessionId later) {
                return store.compare(earlier, later);
            }

            @Override
            public void exportTo(SessionId id, Path file) throws IOException {
                store.exportTo(id, file, true); // the save dialog already asked before replacing a file
            }

            @Override
            public CompletableFuture<SessionId> importFile(Path file) {
                return store.importFile(file, importRules);
            }

            @Override
            public CompletableFuture<Boolean> delete(SessionId id) {
                return store.delete(id).thenApply(Sessions.Deletion::found);
            }

            @Override
            public CompletableFuture<Void> deleteAll() {
                return store.deleteAll();
            }

            @Override
            public boolean onThisComputer() {
                return store.localFile().isPresent();
            }
        };
    }
}
