package org.secondlook.ui.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import java.util.function.Function;
import org.secondlook.advice.StepId;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.advice.ProfileRules;
import org.secondlook.session.NewerSchemaException;
import org.secondlook.session.Session;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionSummary;
import org.secondlook.session.Sessions;
import org.secondlook.ui.common.BackgroundWork;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.history.ClinicianViewSwitch;
import org.secondlook.ui.history.StartupNotices;
import org.secondlook.ui.history.StartupNotices.NewerDatabaseChoice;
import org.secondlook.ui.history.StartupNotices.ResumeChoice;
import org.secondlook.ui.wizard.WizardModel;
import org.secondlook.ui.wizard.WizardState;

/**
 * What the person can do with sessions from the main window: start a new one, reopen one, start
 * again from an old one, and what happens at start-up (a damaged or newer database, an unfinished session).
 * Every store call runs in the background.
 */
public final class SessionActions {

    private final CompletableFuture<Sessions> store;
    private final SessionKeeper keeper;
    private final WizardState state;
    private final WizardModel wizard;
    private final Messages messages;
    private final Stage stage;
    private final String contentVersion;
    private final Function<String, String> optionNames;

    private final ProfileRules importRules;
    private boolean askingToReload;

    public SessionActions(CompletableFuture<Sessions> store, SessionKeeper keeper, WizardState state, WizardModel wizard,
            Messages messages, Stage stage, KnowledgeBase knowledge, ProfileRules importRules) {
        this.importRules = importRules;
        this.store = store;
        this.keeper = keeper;
        this.state = state;
        this.wizard = wizard;
        this.messages = messages;
        this.stage = stage;
        this.contentVersion = knowledge.metadata().contentVersion();
        this.optionNames = id -> knowledge.option(id).map(o -> o.name().in(messages.locale())).orElse(id);
        keeper.setOnStale(this::offerReload);
    }

    /** The header controls: "New session" at once, the clinician view once the store is open. */
    public HBox controls() {
        Button newSession = new Button(messages.get("session.new"));
        newSession.setId("new-session");
        newSession.setOnAction(e -> startNew());
        HBox box = new HBox(newSession);
        box.getStyleClass().add("session-controls");
        store.thenAccept(opened -> Platform.runLater(() -> {
            ClinicianViewSwitch history = new ClinicianViewSwitch(opened, importRules, messages, optionNames, this::open,
                    this::startAgainFrom);
            history.setOnSummary(this::openAtSummary);
            box.getChildren().add(history);
        }));
        return box;
    }

    /** After the window shows: tell about a damaged or newer database, and offer to resume (on this computer's store). */
    public void checkAtStartup() {
        BackgroundWork.await(() -> store)
                .onSuccess(opened -> {
                    StartupNotices notices = new StartupNotices(messages, stage);
                    opened.recovery().ifPresent(notices::showRecovery);
                    if (opened.localFile().isEmpty()) {
                        // A clinic server's unfinished sessions belong to every room: they are opened from the
                        // clinician view's history, never offered to whoever starts the app next.
                        return;
                    }
                    BackgroundWork.run(() -> opened.latestUnfinished().map(summary ->
                                    new Unfinished(summary, SharedComputer.applies(opened, summary))))
                            // Not the session of answers given while the store opened: it is on screen already.
                            .onSuccess(unfinished -> unfinished
                                    .filter(found -> !keeper.isSavingInto(found.summary().id()))
                                    .ifPresent(found -> {
                                        if (notices.offerResume(found.summary(), found.shared()) == ResumeChoice.RESUME) {
                                            open(found.summary().id());
                                        }
                                    }))
                            .start();
                })
                .onError(problem -> {
                    Throwable cause = problem instanceof CompletionException ? problem.getCause() : problem;
                    if (cause instanceof NewerSchemaException newer
                            && new StartupNotices(messages, stage).showNewerSchema(newer) == NewerDatabaseChoice.QUIT) {
                        stage.close();
                    }
                })
                .start();
    }

    private record Unfinished(SessionSummary summary, boolean shared) {
    }

    /** A new person: every answer and every page of the previous one goes. */
    public void startNew() {
        keeper.startNew(() -> {
            state.clear();
            wizard.reopenAt(StepId.FIRST);
        });
    }

    public void open(SessionId id) {
        openAt(id, null);
    }

    /** Opens a session on the last step, where its summary can be saved as a PDF or printed. */
    private void openAtSummary(SessionId id) {
        openAt(id, StepId.LAST);
    }

    /** @param step the step to show, or null for the step the session was left at */
    private void openAt(SessionId id, StepId step) {
        BackgroundWork.await(() -> store.thenApply(opened -> opened.get(id)))
                .onSuccess(session -> show(session, step == null ? session.answers().currentStep() : step))
                .onError(problem -> tell("session.openFailed", problem))
                .start();
    }

    private void startAgainFrom(SessionId old) {
        BackgroundWork.await(() -> store.thenCompose(opened -> opened.startAgainFrom(old, contentVersion)))
                .onSuccess(this::open)
                .onError(problem -> tell("session.openFailed", problem))
                .start();
    }

    /**
     * Another workstation changed the session since it was opened here, so a save was refused rather than written
     * over it: offer to reload it, which shows the other change. Asked once until answered.
     */
    private void offerReload(SessionId id) {
        if (askingToReload) {
            return;
        }
        askingToReload = true;
        Alert alert = new Alert(Alert.AlertType.WARNING, messages.get("session.stale.detail"));
        alert.initOwner(stage);
        alert.setHeaderText(messages.get("session.stale.title"));
        ButtonType reload = new ButtonType(messages.get("session.stale.reload"), ButtonData.OK_DONE);
        ButtonType later = new ButtonType(messages.get("session.stale.later"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(reload, later);
        ((Button) alert.getDialogPane().lookupButton(reload)).setId("reload-session");
        alert.setOnHidden(closed -> {
            askingToReload = false;
            if (alert.getResult() == reload) {
                open(id);
            }
        });
        alert.show();
    }

    private void tell(String key, Throwable problem) {
        Throwable cause = problem instanceof CompletionException && problem.getCause() != null ? problem.getCause() : problem;
        Alert alert = new Alert(Alert.AlertType.ERROR, messages.format(key, messages.failure(cause)), ButtonType.OK);
        alert.initOwner(stage);
        alert.setHeaderText(messages.get(key + ".title"));
        alert.show();
    }

    /**
     * The options and the last step need a complete profile; a session that lacks one (say, an
     * imported file saved half-way) reopens on the pain step, where the missing answers are asked.
     */
    private StepId reachable(StepId step) {
        return step.needsProfile() && !state.profileComplete() ? StepId.PAIN : step;
    }

    private void show(Session session, StepId atStep) {
        keeper.continueSession(session.id(), () -> {
            state.replaceWith(session.answers(), session.label());
            wizard.reopenAt(reachable(atStep));
        });
        if (!contentVersion.equals(session.contentVersion())) {
            Alert updated = new Alert(Alert.AlertType.INFORMATION,
                    messages.format("session.contentUpdated", session.contentVersion(), contentVersion), ButtonType.OK);
            updated.initOwner(stage);
            updated.setHeaderText(messages.get("session.contentUpdated.title"));
            updated.show();
        }
    }
}
