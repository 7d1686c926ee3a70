package org.secondlook.ui.session;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.secondlook.advice.ProfileRules;
import org.secondlook.session.NewerSchemaException;
import org.secondlook.session.Session;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionStore;
import org.secondlook.ui.common.BackgroundWork;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.history.ClinicianViewSwitch;
import org.secondlook.ui.history.StartupNotices;
import org.secondlook.ui.history.StartupNotices.NewerDatabaseChoice;
import org.secondlook.ui.history.StartupNotices.ResumeChoice;
import org.secondlook.ui.wizard.WizardModel;
import org.secondlook.ui.wizard.WizardState;
import org.secondlook.ui.wizard.WizardStep;

/**
 * What the person can do with sessions from the main window: start a new one, reopen one, start
 * again from an old one, and what happens at start-up (a damaged or newer database, an unfinished session).
 * Every store call runs in the background.
 */
public final class SessionActions {

    private final CompletableFuture<SessionStore> store;
    private final SessionKeeper keeper;
    private final WizardState state;
    private final WizardModel wizard;
    private final Messages messages;
    private final Stage stage;
    private final String contentVersion;
    private static final String SUMMARY_STEP = "check";
    private static final String OPTIONS_STEP = "options";
    private static final String PAIN_STEP = "pain";

    private final ProfileRules importRules;

    public SessionActions(CompletableFuture<SessionStore> store, SessionKeeper keeper, WizardState state, WizardModel wizard,
            Messages messages, Stage stage, String contentVersion, ProfileRules importRules) {
        this.importRules = importRules;
        this.store = store;
        this.keeper = keeper;
        this.state = state;
        this.wizard = wizard;
        this.messages = messages;
        this.stage = stage;
        this.contentVersion = contentVersion;
    }

    /** The header controls: "New session" at once, the clinician view once the store is open. */
    public HBox controls() {
        Button newSession = new Button(messages.get("session.new"));
        newSession.setId("new-session");
        newSession.setOnAction(e -> startNew());
        HBox box = new HBox(newSession);
        box.getStyleClass().add("session-controls");
        store.thenAccept(opened -> Platform.runLater(() -> {
            ClinicianViewSwitch history = new ClinicianViewSwitch(opened, importRules, messages, this::open,
                    this::startAgainFrom);
            history.setOnSummary(this::openAtSummary);
            box.getChildren().add(history);
        }));
        return box;
    }

    /** After the window shows: tell about a damaged or newer database, and offer to resume. */
    public void checkAtStartup() {
        BackgroundWork.await(() -> store)
                .onSuccess(opened -> {
                    StartupNotices notices = new StartupNotices(messages, stage);
                    opened.recovery().ifPresent(notices::showRecovery);
                    BackgroundWork.run(opened::latestUnfinished)
                            .onSuccess(unfinished -> unfinished.ifPresent(summary -> {
                                if (notices.offerResume(summary) == ResumeChoice.RESUME) {
                                    open(summary.id());
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

    public void startNew() {
        keeper.startNew(state::clear);
        wizard.restart();
    }

    public void open(SessionId id) {
        BackgroundWork.await(() -> store.thenApply(opened -> opened.get(id)))
                .onSuccess(session -> show(session, session.answers().currentStep()))
                .start();
    }

    /** Opens a session on the last step, where its summary can be saved as a PDF or printed. */
    private void openAtSummary(SessionId id) {
        BackgroundWork.await(() -> store.thenApply(opened -> opened.get(id)))
                .onSuccess(session -> show(session, session.answers().profile() == null
                        ? session.answers().currentStep() : SUMMARY_STEP))
                .start();
    }

    private void startAgainFrom(SessionId old) {
        BackgroundWork.await(() -> store.thenCompose(opened -> opened.startAgainFrom(old, contentVersion)))
                .onSuccess(this::open)
                .start();
    }

    /**
     * The options and the last step need a complete profile; a session that lacks one (say, an
     * imported file saved half-way) reopens on the pain step, where the missing answers are asked.
     */
    private String reachable(String step) {
        List<String> order = wizard.steps().stream().map(WizardStep::id).toList();
        boolean needsProfile = order.indexOf(step) >= order.indexOf(OPTIONS_STEP);
        return needsProfile && !state.profileComplete() ? PAIN_STEP : step;
    }

    private void show(Session session, String atStep) {
        keeper.continueSession(session.id(), session.label(),
                () -> state.load(session.answers(), wizard.steps().stream().map(WizardStep::id).toList()));
        wizard.resumeAt(reachable(atStep));
        if (!contentVersion.equals(session.contentVersion())) {
            Alert updated = new Alert(Alert.AlertType.INFORMATION,
                    messages.format("session.contentUpdated", session.contentVersion(), contentVersion), ButtonType.OK);
            updated.initOwner(stage);
            updated.setHeaderText(messages.get("session.contentUpdated.title"));
            updated.show();
        }
    }
}
