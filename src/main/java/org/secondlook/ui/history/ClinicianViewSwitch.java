package org.secondlook.ui.history;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.secondlook.advice.ProfileRules;
import org.secondlook.session.SessionId;
import org.secondlook.session.Sessions;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * The "Clinician view" switch for the window header. Saved sessions are shown only while it is on, in a window of
 * their own, so a new patient sitting down at the computer starts clean and does not see anyone's earlier answers.
 * Opening a session, starting again from one, or closing the history window switches it off.
 *
 * <p>In the main window's header, next to the display controls:
 * <pre>{@code
 * header.setRight(new HBox(new ClinicianViewSwitch(store, importRules, messages, names, this::openSession, this::startAgainFrom),
 *         displayControls));
 *
 * private void startAgainFrom(SessionId old) {
 *     BackgroundWork.await(() -> store.startAgainFrom(old, contentVersion)).onSuccess(this::openSession).start();
 * }
 * }</pre>
 */
public final class ClinicianViewSwitch extends ToggleButton {

    private final Sessions store;
    private final ProfileRules importRules;
    private final Messages messages;
    private final Consumer<SessionId> onOpen;
    private final Consumer<SessionId> onStartAgain;
    private final Function<String, String> optionNames;
    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 600;

    private Stage historyWindow;
    private Consumer<SessionId> onSummary;

    /** The callbacks are those of {@link HistoryView}; they run after the history window has closed. */
    /** @param importRules what an imported session's answers must pass, the same as every other way in */
    public ClinicianViewSwitch(Sessions store, ProfileRules importRules, Messages messages,
                               Function<String, String> optionNames, Consumer<SessionId> onOpen,
                               Consumer<SessionId> onStartAgain) {
        super(messages.get("clinician.switch"));
        this.importRules = importRules;
        this.store = store;
        this.messages = messages;
        this.onOpen = onOpen;
        this.onStartAgain = onStartAgain;
        this.optionNames = optionNames;
        setId("clinician-view");
        setMnemonicParsing(true);
        getStyleClass().add("clinician-switch");
        setTooltip(new Tooltip(explanation()));
        setAccessibleHelp(explanation());
        selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                showHistory();
            } else {
                hideHistory();
            }
        });
    }

    /** Lets the history offer the printed summary of a session; runs after the history window has closed. */
    public void setOnSummary(Consumer<SessionId> action) {
        this.onSummary = action;
    }

    /** The open history window while the switch is on. */
    Stage historyWindow() {
        return historyWindow;
    }

    private String explanation() {
        return messages.get(store.localFile().isPresent() ? "clinician.explanation" : "clinician.explanation.clinic");
    }

    private void showHistory() {
        Stage stage = new Stage();
        Window owner = getScene() == null ? null : getScene().getWindow();
        stage.initOwner(owner);
        stage.setTitle(messages.get("clinician.window.title"));
        Label explanation = Texts.paragraph(explanation());
        explanation.getStyleClass().add("clinician-explanation");
        explanation.setMaxWidth(Double.MAX_VALUE); // the band spans the window, however short its text
        HistoryView history = new HistoryView(store, importRules, messages, optionNames,
                id -> switchOffThen(onOpen, id), id -> switchOffThen(onStartAgain, id), () -> stage);
        if (onSummary != null) {
            history.setOnSummary(id -> switchOffThen(onSummary, id));
        }
        BorderPane root = new BorderPane(history, explanation, null, null, null);
        root.getStyleClass().add("clinician-window");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            root.setStyle(owner.getScene().getRoot().getStyle());
        }
        stage.setScene(scene);
        coverOwner(stage, owner);
        // On a clinic's server the list refreshes when another workstation changes sessions; starting to listen
        // talks to the server, so not on this thread.
        CompletableFuture<AutoCloseable> changes = CompletableFuture.supplyAsync(
                () -> store.onChanged(() -> Platform.runLater(history::refresh)));
        stage.setOnHidden(e -> {
            setSelected(false);
            changes.thenAccept(ClinicianViewSwitch::stopQuietly).exceptionally(notListening -> null);
        });
        historyWindow = stage;
        stage.show();
    }

    private static void stopQuietly(AutoCloseable listening) {
        try {
            listening.close();
        } catch (Exception nothingToStop) {
            // a listener that never started needs no stopping
        }
    }

    /**
     * The history is a screen of its own: it takes the main window's place and size, never a small pop-up. JavaFX 21
     * on Linux can lose the size asked for before the window is first mapped (JDK-8316423, see WindowFit), and a
     * minimum set that early fixes the window at the minimum; so the place and size are asked for again once it is up.
     */
    private static void coverOwner(Stage stage, Window owner) {
        cover(stage, owner);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, shown -> Platform.runLater(() -> {
            cover(stage, owner);
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
        }));
    }

    private static void cover(Stage stage, Window owner) {
        if (owner == null) {
            stage.setWidth(MIN_WIDTH);
            stage.setHeight(MIN_HEIGHT);
            return;
        }
        stage.setX(owner.getX());
        stage.setY(owner.getY());
        stage.setWidth(Math.max(MIN_WIDTH, owner.getWidth()));
        stage.setHeight(Math.max(MIN_HEIGHT, owner.getHeight()));
        if (owner instanceof Stage main && main.isMaximized()) {
            stage.setMaximized(true);
        }
    }

    private void hideHistory() {
        if (historyWindow != null) {
            Stage closing = historyWindow;
            historyWindow = null;
            closing.hide();
        }
    }

    private void switchOffThen(Consumer<SessionId> action, SessionId id) {
        setSelected(false);
        action.accept(id);
    }
}
