package org.secondlook.ui.summary;

import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.secondlook.report.PaperSize;
import org.secondlook.report.print.Printers;
import org.secondlook.ui.common.Converters;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * Asks which printer and paper: the printers are the print system's, the paper follows the printer's own default.
 * Not modal: on Linux a modal dialog fixes its owner's size while it shows, and window managers then un-maximise the
 * main window. The caller keeps its own buttons disabled meanwhile instead.
 */
final class PrintDialog {

    /** What the person chose. */
    record Choice(String printer, PaperSize paper) {
    }

    private PrintDialog() {
    }

    /** @param paper the paper to offer when a printer has no A4 or Letter default of its own */
    static Optional<Choice> ask(Window owner, Messages messages, Printers printers, PaperSize paper) {
        ComboBox<Printers.Printer> printer = new ComboBox<>(FXCollections.observableArrayList(printers.all()));
        printer.setId("print-printer");
        printer.setConverter(Converters.showing(Printers.Printer::name));
        ComboBox<PaperSize> size = new ComboBox<>(FXCollections.observableArrayList(PaperSize.values()));
        size.setId("print-paper");
        size.setConverter(Converters.showing(choice -> messages.of("summary.paper", choice)));
        printer.valueProperty().addListener((value, old, chosen) -> size.setValue(chosen.paper().orElse(paper)));
        printer.setValue(printers.preferred());

        GridPane form = new GridPane();
        form.getStyleClass().add("print-form");
        form.addRow(0, label(messages.get("summary.print.dialog.printer"), printer), printer);
        form.addRow(1, label(messages.get("summary.print.dialog.paper"), size), size);
        form.add(Texts.note(messages.get("summary.print.dialog.note")), 0, 2, 2, 1);

        ButtonType print = new ButtonType(messages.get("summary.print.dialog.print"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.NONE);
        dialog.setTitle(messages.get("summary.print.dialog.title"));
        dialog.setHeaderText(messages.get("summary.print.dialog.title"));
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().getButtonTypes().setAll(print, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == print ? new Choice(printer.getValue().name(), size.getValue()) : null);
        return dialog.showAndWait();
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
