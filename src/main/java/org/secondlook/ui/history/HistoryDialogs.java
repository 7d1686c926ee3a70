package org.secondlook.ui.history;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.common.WindowFit;

/**
 * The questions and messages the history screen puts to the person. Where an answer destroys data the safe choice
 * is the default, so a stray Enter keeps everything.
 */
final class HistoryDialogs {

    /** Room for the three columns of the comparison and several of its rows. */
    static final double COMPARISON_MIN_WIDTH_EM = 36;
    static final double COMPARISON_MIN_HEIGHT_EM = 24;

    private final Messages messages;

    HistoryDialogs(Messages messages) {
        this.messages = messages;
    }

    boolean confirmDelete(Window owner, String name, String created) {
        ButtonType delete = new ButtonType(messages.get("history.delete.confirm"), ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("history.delete.keep"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("history.delete.question", name, created),
                delete, keep);
        alert.setTitle(messages.get("history.delete.title"));
        alert.setHeaderText(messages.format("history.delete.header", name));
        prepare(alert, owner);
        safeDefault(alert, delete, keep, "confirm-delete");
        return alert.showAndWait().filter(delete::equals).isPresent();
    }

    /** Deleting everything needs the confirmation word typed, so it cannot happen by a slip of the keyboard. */
    boolean confirmDeleteAll(Window owner) {
        ButtonType delete = new ButtonType(messages.get("history.deleteAll.confirm"), ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(messages.get("history.delete.keep"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("history.deleteAll.title"));
        dialog.setHeaderText(messages.get("history.deleteAll.header"));
        dialog.getDialogPane().getButtonTypes().addAll(delete, keep);

        String word = messages.get("history.deleteAll.word");
        TextField typed = new TextField();
        typed.setId("delete-all-word");
        Label prompt = new Label(messages.format("history.deleteAll.typeWord", word));
        prompt.setLabelFor(typed);
        prompt.setMnemonicParsing(true);
        prompt.setWrapText(true);
        VBox content = new VBox(Texts.paragraph(messages.get("history.deleteAll.explanation")), prompt, typed);
        content.getStyleClass().add("dialog-content");
        dialog.getDialogPane().setContent(content);
        prepare(dialog, owner);
        safeDefault(dialog, delete, keep, "confirm-delete-all");
        dialog.getDialogPane().lookupButton(delete).disableProperty()
                .bind(typed.textProperty().map(text -> !text.strip().equals(word)));
        // The dialog focuses its default button once shown; the word box must win, so ask after that.
        dialog.setOnShown(e -> Platform.runLater(typed::requestFocus));
        return dialog.showAndWait().filter(delete::equals).isPresent();
    }

    void showProblem(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.setTitle(messages.get("history.problem.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("history-problem");
        prepare(alert, owner);
        alert.showAndWait();
    }

    void showComparison(Window owner, Node comparison) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(messages.get("history.compare.title"));
        dialog.setHeaderText(messages.get("history.compare.header"));
        ButtonType close = new ButtonType(messages.get("history.compare.close"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        ScrollPane scroller = new ScrollPane(comparison);
        scroller.setFitToWidth(true);
        scroller.getStyleClass().add("comparison-scroller");
        dialog.getDialogPane().setContent(scroller);
        dialog.setResizable(true);
        prepare(dialog, owner);
        WindowFit.toContent((Stage) dialog.getDialogPane().getScene().getWindow(), COMPARISON_MIN_WIDTH_EM,
                COMPARISON_MIN_HEIGHT_EM);
        dialog.showAndWait();
    }

    /** Dialogs get the owner's stylesheets and text size, so high contrast and large text carry over. */
    private static void prepare(Dialog<?> dialog, Window owner) {
        dialog.initOwner(owner);
        dialog.getDialogPane().getStyleClass().add("history-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            dialog.getDialogPane().setStyle(owner.getScene().getRoot().getStyle());
        }
    }

    private static void safeDefault(Dialog<?> dialog, ButtonType destroy, ButtonType keep, String destroyId) {
        Button destroyButton = (Button) dialog.getDialogPane().lookupButton(destroy);
        destroyButton.setDefaultButton(false);
        destroyButton.setId(destroyId);
        Button keepButton = (Button) dialog.getDialogPane().lookupButton(keep);
        keepButton.setDefaultButton(true);
        keepButton.setId("keep");
    }
}
