package org.secondlook.ui.history;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.secondlook.session.ClinicAddress;
import org.secondlook.session.DamagedDatabaseException;
import org.secondlook.session.NewerSchemaException;
import org.secondlook.session.Recovery;
import org.secondlook.session.SessionSummary;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * What the app may need to tell the person as it starts, each as one blocking question on the FX thread that
 * returns the answer. Load what they need first ({@code store.recovery()}, {@code store.latestUnfinished()}) with
 * {@link org.secondlook.ui.common.BackgroundWork}.
 */
public final class StartupNotices {

    /** The answer to "you have an unfinished session". */
    public enum ResumeChoice { RESUME, START_NEW }

    /** The answer to "this database is from a newer Second Look". */
    public enum NewerDatabaseChoice { QUIT, GO_ON_WITHOUT_SAVING }

    private final Messages messages;
    private final Window owner;
    private final SessionTexts texts;

    /** The notices for {@code owner}, the window they belong to; null centres them on the screen. */
    public StartupNotices(Messages messages, Window owner) {
        this.messages = messages;
        this.owner = owner;
        // The notices name a session and its condition, never an option.
        this.texts = new SessionTexts(messages, ZoneId.systemDefault(), Function.identity());
    }

    /** Says that the saved sessions could not be read, and where the damaged file was moved; it was kept. */
    public void showRecovery(Recovery recovery) {
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("startup.recovery.title"),
                messages.get("startup.recovery.header"));
        TextField path = new TextField(recovery.movedTo().toString());
        path.setId("recovery-path");
        path.setEditable(false);
        Label pathLabel = new Label(messages.get("startup.recovery.path"));
        pathLabel.setLabelFor(path);
        pathLabel.setMnemonicParsing(true);
        alert.getDialogPane().setContent(new VBox(Texts.paragraph(recovery.message().in(messages.locale())), pathLabel, path));
        alert.getButtonTypes().setAll(new ButtonType(messages.get("startup.ok"), ButtonData.OK_DONE));
        alert.showAndWait();
    }

    /**
     * Says that the saved sessions file is damaged and asks before doing anything to it: save what can be read into
     * a new file (the damaged one is kept, renamed), or go on without saving. Closing the question changes nothing.
     */
    public boolean askToRecover(DamagedDatabaseException problem) {
        Alert alert = alert(Alert.AlertType.WARNING, messages.get("startup.damaged.title"),
                messages.get("startup.damaged.header"));
        TextField path = new TextField(problem.file().toAbsolutePath().toString());
        path.setId("damaged-path");
        path.setEditable(false);
        alert.getDialogPane().setContent(new VBox(Texts.paragraph(messages.get("startup.damaged.detail")), path));
        ButtonType recover = new ButtonType(messages.get("startup.damaged.recover"), ButtonData.OK_DONE);
        ButtonType goOn = new ButtonType(messages.get("startup.damaged.goOn"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(recover, goOn);
        button(alert, recover, "recover");
        button(alert, goOn, "go-on");
        return alert.showAndWait().filter(recover::equals).isPresent();
    }

    /**
     * Asks for the password of the clinic server's login; empty when the person chose to go on without saving.
     * The password is handed on once and never stored.
     */
    public Optional<char[]> askClinicPassword(ClinicAddress address) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("startup.clinic.title"),
                messages.format("startup.clinic.header", address.host()));
        PasswordField password = new PasswordField();
        password.setId("clinic-password");
        Label passwordLabel = new Label(messages.get("startup.clinic.password"));
        passwordLabel.setLabelFor(password);
        passwordLabel.setMnemonicParsing(true);
        alert.getDialogPane().setContent(new VBox(Texts.paragraph(messages.format("startup.clinic.detail",
                address.user())), passwordLabel, password));
        ButtonType connect = new ButtonType(messages.get("startup.clinic.connect"), ButtonData.OK_DONE);
        ButtonType goOn = new ButtonType(messages.get("startup.clinic.cancel"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(connect, goOn);
        button(alert, connect, "connect");
        button(alert, goOn, "go-on");
        alert.setOnShown(shown -> password.requestFocus());
        return alert.showAndWait().filter(connect::equals).map(chosen -> password.getText().toCharArray());
    }

    /**
     * Offers to resume the unfinished session (closing a question starts new). On a shared computer the first question
     * names only when the session was started; its name and condition follow only once the person chose to continue,
     * with a last chance to start a new one instead.
     */
    public ResumeChoice offerResume(SessionSummary unfinished, boolean sharedComputer) {
        if (!sharedComputer) {
            return offerResume(unfinished);
        }
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("startup.resume.title"),
                messages.format("startup.resume.shared.header", texts.dateTime(unfinished.createdAt())));
        alert.getDialogPane().setContent(Texts.paragraph(messages.get("startup.resume.shared.detail")));
        if (!ask(alert, "startup.resume.shared.continue", "startup.resume.new")) {
            return ResumeChoice.START_NEW;
        }
        if (unfinished.label() == null) {
            return ResumeChoice.RESUME;
        }
        Alert mine = alert(Alert.AlertType.CONFIRMATION, messages.get("startup.resume.confirm.title"),
                messages.format("startup.resume.confirm.header", texts.name(unfinished), texts.condition(unfinished)));
        mine.getDialogPane().setContent(Texts.paragraph(messages.get("startup.resume.confirm.detail")));
        return ask(mine, "startup.resume.confirm.yes", "startup.resume.new")
                ? ResumeChoice.RESUME : ResumeChoice.START_NEW;
    }

    /** "You have an unfinished session from …" with its name: for a computer one person uses. */
    private ResumeChoice offerResume(SessionSummary unfinished) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("startup.resume.title"),
                messages.format("startup.resume.header", texts.dateTime(unfinished.updatedAt())));
        alert.getDialogPane().setContent(Texts.paragraph(messages.format("startup.resume.detail",
                texts.name(unfinished), texts.condition(unfinished))));
        return ask(alert, "startup.resume.resume", "startup.resume.new") ? ResumeChoice.RESUME : ResumeChoice.START_NEW;
    }

    /** Shows {@code alert} with a "resume" and a "start new" button; true when the person chose to resume. */
    private boolean ask(Alert alert, String resumeKey, String startNewKey) {
        ButtonType resume = new ButtonType(messages.get(resumeKey), ButtonData.OK_DONE);
        ButtonType startNew = new ButtonType(messages.get(startNewKey), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(resume, startNew);
        button(alert, resume, "resume");
        button(alert, startNew, "start-new");
        return alert.showAndWait().filter(resume::equals).isPresent();
    }

    /** Explains that a newer Second Look wrote the database, which is left untouched, and offers to quit. */
    public NewerDatabaseChoice showNewerSchema(NewerSchemaException problem) {
        Alert alert = alert(Alert.AlertType.ERROR, messages.get("startup.newer.title"),
                messages.get("startup.newer.header"));
        alert.getDialogPane().setContent(new VBox(Texts.paragraph(messages.failure(problem)),
                Texts.paragraph(messages.get("startup.newer.choice"))));
        ButtonType quit = new ButtonType(messages.get("startup.newer.quit"), ButtonData.OK_DONE);
        ButtonType goOn = new ButtonType(messages.get("startup.newer.goOn"), ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(quit, goOn);
        button(alert, quit, "quit");
        button(alert, goOn, "go-on");
        return alert.showAndWait().filter(goOn::equals).isPresent()
                ? NewerDatabaseChoice.GO_ON_WITHOUT_SAVING : NewerDatabaseChoice.QUIT;
    }

    private Alert alert(Alert.AlertType type, String title, String header) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().getStyleClass().add("startup-notice");
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            alert.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
        return alert;
    }

    private static void button(Alert alert, ButtonType type, String id) {
        ((Button) alert.getDialogPane().lookupButton(type)).setId(id);
    }
}
