package org.secondlook.ui.history;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.application.Platform;
import org.secondlook.session.Session;
import org.secondlook.session.SessionComparison;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionPage;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStore;
import org.secondlook.advice.ProfileRules;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;

/** The real store, noting which thread made each call, so a test fails if the screen calls it on the FX thread. */
final class ThreadCheckingStore implements HistoryStore {

    record Call(String method, String thread, boolean onFxThread) {
    }

    private final HistoryStore real;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Set false to stand for a clinic's server. */
    volatile boolean onThisComputer = true;

    ThreadCheckingStore(SessionStore store) throws KnowledgeException {
        this.real = HistoryStore.of(store, new ProfileRules(KnowledgeLoader.loadBuiltIn()));
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    List<Call> callsOnFxThread() {
        return calls.stream().filter(Call::onFxThread).toList();
    }

    private void note(String method) {
        calls.add(new Call(method, Thread.currentThread().getName(), Platform.isFxApplicationThread()));
    }

    @Override
    public SessionPage list(SessionQuery query) {
        note("list");
        return real.list(query);
    }

    @Override
    public Optional<Session> find(SessionId id) {
        note("find");
        return real.find(id);
    }

    @Override
    public SessionComparison compare(SessionId earlier, SessionId later) {
        note("compare");
        return real.compare(earlier, later);
    }

    @Override
    public void exportTo(SessionId id, Path file) throws IOException {
        note("exportTo");
        real.exportTo(id, file);
    }

    @Override
    public CompletableFuture<SessionId> importFile(Path file) {
        note("importFile");
        return real.importFile(file);
    }

    @Override
    public CompletableFuture<Boolean> delete(SessionId id) {
        note("delete");
        return real.delete(id);
    }

    @Override
    public CompletableFuture<Void> deleteAll() {
        note("deleteAll");
        return real.deleteAll();
    }

    @Override
    public boolean onThisComputer() {
        return onThisComputer;
    }
}
