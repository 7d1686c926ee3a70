package org.secondlook.ui.session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.secondlook.advice.Advice;
import org.secondlook.session.Autosaver;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionStore;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.wizard.WizardState;

/**
 * Keeps the person's answers saved as they go: the session is created with the first real answer,
 * then every change goes to the debounced autosaver, which writes on the store's background thread.
 * The result shown is stored with the session, which counts as finished once the person reaches the
 * last step. The status line says whether the work is saved.
 */
public final class SessionKeeper implements AutoCloseable {

    private final CompletableFuture<SessionStore> store;
    private final WizardState state;
    private final String contentVersion;
    private final Messages messages;
    private static final String LAST_STEP = "check";

    private final ObjectMapper json = new ObjectMapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final InvalidationListener onChange = this::changed;
    private final InvalidationListener onResultShown = obs -> storeResult();
    private CompletableFuture<Autosaver> saver;
    private boolean paused;

    public SessionKeeper(CompletableFuture<SessionStore> store, WizardState state, String contentVersion, Messages messages) {
        this.store = store;
        this.state = state;
        this.contentVersion = contentVersion;
        this.messages = messages;
        for (Observable observable : state.all()) {
            observable.addListener(onChange);
        }
        state.advice.addListener(onResultShown);
        state.currentStep.addListener(onResultShown);
    }

    /** Stores the session's name or alias; called when the person has finished typing it. */
    public void saveLabel() {
        if (saver == null) {
            return;
        }
        String label = state.label.get().isBlank() ? null : state.label.get().strip();
        saver.thenCompose(autosaver -> store.thenCompose(s -> s.relabel(autosaver.session(), label)))
                .exceptionally(problem -> {
                    Platform.runLater(() -> status.set(messages.format("session.status.failed", rootMessage(problem))));
                    return null;
                });
    }

    /** "Saved", "Saving…", or what went wrong; for the status line. */
    public ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    /**
     * Continues an existing session: its answers are loaded without being written again, and later
     * changes are saved into it.
     */
    public void continueSession(SessionId id, String label, Runnable loadAnswers) {
        closeSaver();
        paused = true;
        try {
            loadAnswers.run();
            state.label.set(label == null ? "" : label);
        } finally {
            paused = false;
        }
        saver = store.thenApply(s -> new Autosaver(s, id, listener()));
        status.set(messages.get("session.status.resumed"));
    }

    /** Finishes the current session's saves and starts clean for the next person. */
    public void startNew(Runnable clearAnswers) {
        closeSaver();
        paused = true;
        try {
            clearAnswers.run();
        } finally {
            paused = false;
        }
        status.set("");
    }

    private void changed(Observable ignored) {
        if (paused || state.mode.get() == null) {
            return;
        }
        SessionAnswers answers = state.toSessionAnswers();
        if (saver == null) {
            saver = store.thenCompose(s -> s.create(answers, contentVersion, null).thenApply(id -> {
                Platform.runLater(() -> status.set(messages.get("session.status.saved")));
                return new Autosaver(s, id, listener());
            }));
            saver.exceptionally(problem -> {
                Platform.runLater(() -> status.set(messages.format("session.status.failed", rootMessage(problem))));
                return null;
            });
            status.set(messages.get("session.status.saving"));
            return;
        }
        status.set(messages.get("session.status.saving"));
        saver.thenAccept(autosaver -> autosaver.update(answers));
    }

    /** Stores the result shown with the session; reaching the last step marks the session finished. */
    private void storeResult() {
        Advice advice = state.advice.get();
        if (advice == null || saver == null || paused) {
            return;
        }
        String result;
        try {
            result = json.writeValueAsString(advice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The advice could not be written as JSON", e);
        }
        boolean finished = LAST_STEP.equals(state.currentStep.get());
        saver.thenCompose(autosaver -> store.thenCompose(s -> finished
                        ? s.complete(autosaver.session(), result)
                        : s.recordResult(autosaver.session(), result)))
                .exceptionally(problem -> {
                    Platform.runLater(() -> status.set(messages.format("session.status.failed", rootMessage(problem))));
                    return null;
                });
    }

    private Autosaver.Listener listener() {
        return new Autosaver.Listener() {
            @Override
            public void saved(SessionAnswers answers) {
                Platform.runLater(() -> status.set(messages.get("session.status.saved")));
            }

            @Override
            public void failed(SessionAnswers answers, Throwable problem) {
                Platform.runLater(() -> status.set(messages.format("session.status.failed", rootMessage(problem))));
            }
        };
    }

    private static String rootMessage(Throwable problem) {
        Throwable root = problem;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private void closeSaver() {
        if (saver != null) {
            saver.thenAccept(Autosaver::close);
            saver = null;
        }
    }

    /** Writes what is pending; called when the window closes. */
    @Override
    public void close() {
        if (saver != null) {
            saver.thenAccept(Autosaver::close).join();
        }
    }
}
