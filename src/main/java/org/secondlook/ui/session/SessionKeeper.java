package org.secondlook.ui.session;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.secondlook.advice.StepId;
import org.secondlook.session.Autosaver;
import org.secondlook.session.ServerUnreachableException;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionId;
import org.secondlook.session.Sessions;
import org.secondlook.session.StaleSessionException;
import org.secondlook.session.StoreException;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.wizard.WizardState;

/**
 * Keeps the person's answers saved as they go: the session is created with the first real answer,
 * then every change goes to the debounced autosaver, which writes on the store's background thread.
 * The session counts as finished once the person moves on to the last step; opening a session never
 * changes it. The status line says whether the work is saved.
 */
public final class SessionKeeper implements AutoCloseable {

    private final CompletableFuture<Sessions> store;
    private final WizardState state;
    private final String contentVersion;
    private final Messages messages;
    private Consumer<SessionId> onStale = id -> { };

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private CompletableFuture<Autosaver> saver;
    private CompletableFuture<Void> closing = CompletableFuture.completedFuture(null);
    private boolean paused;

    public SessionKeeper(CompletableFuture<Sessions> store, WizardState state, String contentVersion, Messages messages) {
        this.store = store;
        this.state = state;
        this.contentVersion = contentVersion;
        this.messages = messages;
        InvalidationListener onChange = this::changed;
        for (Observable observable : state.all()) {
            observable.addListener(onChange);
        }
        state.label.addListener(obs -> relabel());
        state.currentStep.addListener((obs, was, now) -> {
            if (now == StepId.LAST && !paused) {
                finish();
            }
        });
    }

    /** Whether the answers now on screen are being saved into {@code id}. */
    public boolean isSavingInto(SessionId id) {
        return saver != null && saver.isDone() && !saver.isCompletedExceptionally() && saver.join().session().equals(id);
    }

    /** "Saved", "Saving…", or what went wrong; for the status line. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /**
     * Continues an existing session: {@code show} puts its answers on screen without them being written again,
     * and later changes are saved into it.
     */
    public void continueSession(SessionId id, Runnable show) {
        closeSaver();
        runPaused(show);
        saver = store.thenApply(s -> new Autosaver(s, id, listener()));
        status.set(messages.get("session.status.resumed"));
    }

    /**
     * Carries on the session {@code previous} was saving (the window changed language): {@code show} puts the same
     * answers on screen without them being written again, and later changes go into the same session, after the
     * previous keeper's pending writes.
     */
    public void takeOver(SessionKeeper previous, Runnable show) {
        runPaused(show);
        CompletableFuture<Autosaver> before = previous.saver;
        previous.closeSaver();
        closing = previous.closing;
        if (before != null) {
            saver = closing.thenCompose(done -> before)
                    .thenCombine(store, (old, opened) -> new Autosaver(opened, old.session(), listener()));
            saver.thenRun(() -> Platform.runLater(() -> status.set(savedMessage())));
        }
    }

    /** Finishes the current session's saves; {@code show} then puts a new person's empty answers on screen. */
    public void startNew(Runnable show) {
        closeSaver();
        runPaused(show);
        status.set("");
    }

    private void runPaused(Runnable action) {
        paused = true;
        try {
            action.run();
        } finally {
            paused = false;
        }
    }

    private void changed(Observable ignored) {
        if (paused || state.mode.get() == null) {
            return;
        }
        SessionAnswers answers = state.toSessionAnswers();
        status.set(messages.get("session.status.saving"));
        if (saver != null && saver.isCompletedExceptionally()) {
            // The first save failed (the clinic server was away): start the session again with what is on screen.
            saver = null;
        }
        if (saver == null) {
            String label = state.label.get();
            saver = store.thenCompose(s -> s.create(answers, contentVersion, label).thenApply(id -> {
                Platform.runLater(() -> status.set(savedMessage()));
                return new Autosaver(s, id, listener());
            }));
            saver.exceptionally(problem -> {
                failed(problem);
                return null;
            });
            return;
        }
        saver.thenAccept(autosaver -> autosaver.update(answers));
    }

    /** Stores the name or alias as it is typed; before the session exists, it goes with its first save. */
    private void relabel() {
        if (paused || saver == null) {
            return;
        }
        String label = state.label.get();
        saver.thenCompose(autosaver -> store.thenCompose(s -> s.relabel(autosaver.session(), label)))
                .exceptionally(this::failed);
    }

    /** Reaching the last step finishes the session, after the answers that led there are on disk. */
    private void finish() {
        if (saver == null) {
            return;
        }
        saver.thenCompose(autosaver -> autosaver.flush()
                        .thenCompose(saved -> store.thenCompose(s -> s.complete(autosaver.session()))))
                .exceptionally(this::failed);
    }

    /** Whether the sessions are on this computer or on the clinic's server, said as it is. */
    private String savedMessage() {
        boolean onServer = store.isDone() && !store.isCompletedExceptionally() && store.join().localFile().isEmpty();
        return messages.get(onServer ? "session.status.savedOnServer" : "session.status.saved");
    }

    /** Notes, in a shared store's audit log, that the current session's summary was printed or saved as a PDF. */
    public void recordPrinted() {
        if (saver == null) {
            return;
        }
        saver.thenCompose(autosaver -> store.thenAcceptAsync(s -> s.recordPrinted(autosaver.session())))
                .exceptionally(this::failed);
    }

    /** Told, on the FX thread, when a save was refused because the session changed on another computer. */
    public void setOnStale(Consumer<SessionId> onStale) {
        this.onStale = onStale;
    }

    private Void failed(Throwable problem) {
        Platform.runLater(() -> {
            for (Throwable e = problem; e != null; e = e.getCause()) {
                if (e instanceof StaleSessionException stale) {
                    // The dialog explains; the status line stays one short line.
                    status.set(messages.get("session.status.stale"));
                    onStale.accept(stale.session());
                    return;
                }
                if (e instanceof ServerUnreachableException) {
                    status.set(messages.get("session.status.away"));
                    return;
                }
            }
            status.set(messages.format("session.status.failed", messages.failure(problem)));
        });
        return null;
    }

    private Autosaver.Listener listener() {
        return new Autosaver.Listener() {
            @Override
            public void saved(SessionAnswers answers) {
                Platform.runLater(() -> status.set(savedMessage()));
            }

            @Override
            public void failed(SessionAnswers answers, Throwable problem) {
                SessionKeeper.this.failed(problem);
            }
        };
    }

    /** Lets the previous session's last writes finish in the background, so the next person need not wait. */
    private void closeSaver() {
        if (saver != null) {
            CompletableFuture<Void> last = saver.thenAcceptAsync(Autosaver::close).exceptionally(problem -> null);
            closing = CompletableFuture.allOf(closing, last);
            saver = null;
        }
    }

    /** Writes what is pending and waits for it; called when the window closes, before the store is closed. */
    @Override
    public void close() {
        closeSaver();
        closing.join();
    }
}
