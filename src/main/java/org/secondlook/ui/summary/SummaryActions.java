package org.secondlook.ui.summary;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.report.PaperSize;
import org.secondlook.report.PdfSummaryWriter;
import org.secondlook.report.SummaryBuilder;
import org.secondlook.report.SummaryModel;
import org.secondlook.report.print.CupsPrintSystem;
import org.secondlook.report.print.PrintProblem;
import org.secondlook.session.OutputFile;
import org.secondlook.session.SessionAnswers;
import org.secondlook.ui.common.BackgroundWork;
import org.secondlook.ui.common.Converters;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * Save as PDF and Print for the printed summary. Building and writing the PDF, asking the print system for its
 * printers and handing it the job run in the background with progress shown; the print dialog belongs to the
 * JavaFX thread.
 */
public final class SummaryActions {

    private final KnowledgeBase knowledge;
    private final AdviceEngine engine;
    private final Messages messages;
    private final Supplier<SessionAnswers> answers;
    private final Supplier<String> label;
    private final Supplier<Window> owner;
    private final FolderOpener folders;
    private final Function<Window, Optional<Path>> saveLocation;
    private final Supplier<Path> database;
    private final CupsPrintSystem printing;
    private Runnable onOutput = () -> { };

    /** @param database the sessions database in use, which a PDF must never overwrite; it may supply null */
    public SummaryActions(KnowledgeBase knowledge, AdviceEngine engine, Messages messages, Supplier<SessionAnswers> answers,
            Supplier<String> label, Supplier<Window> owner, FolderOpener folders, Supplier<Path> database) {
        this(knowledge, engine, messages, answers, label, owner, folders, database, null,
                CupsPrintSystem.forThisComputer());
    }

    /** Told, on the FX thread, after the summary was saved as a PDF or sent to a printer. */
    public void setOnOutput(Runnable onOutput) {
        this.onOutput = onOutput;
    }

    /** With {@code saveLocation} null, the system's save dialog asks where to save (and before replacing a file). */
    SummaryActions(KnowledgeBase knowledge, AdviceEngine engine, Messages messages, Supplier<SessionAnswers> answers,
            Supplier<String> label, Supplier<Window> owner, FolderOpener folders, Supplier<Path> database,
            Function<Window, Optional<Path>> saveLocation, CupsPrintSystem printing) {
        this.database = database;
        this.printing = printing;
        this.label = label;
        this.knowledge = knowledge;
        this.engine = engine;
        this.messages = messages;
        this.answers = answers;
        this.owner = owner;
        this.folders = folders;
        this.saveLocation = saveLocation == null ? this::askWhereToSave : saveLocation;
    }

    /** The "Your summary" box: paper size, large print, Save as PDF, Print, and a progress line. */
    public VBox panel() {
        ComboBox<PaperSize> paper = new ComboBox<>(FXCollections.observableArrayList(PaperSize.values()));
        paper.setId("paper");
        paper.setValue(PaperSize.forLocale(messages.locale()));
        paper.setConverter(Converters.showing(size -> messages.of("summary.paper", size)));
        Label paperLabel = new Label(messages.get("summary.paper"));
        paperLabel.setLabelFor(paper);
        paperLabel.setMnemonicParsing(true);
        CheckBox largePrint = new CheckBox(messages.get("summary.largePrint"));
        largePrint.setId("large-print");
        Button save = new Button(messages.get("summary.save"));
        save.setId("save-pdf");
        Button print = new Button(messages.get("summary.print"));
        print.setId("print");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setVisible(false);
        progress.getStyleClass().add("small-progress");
        Label status = Texts.note("");
        status.setId("summary-status");

        save.setOnAction(e -> saveLocation.apply(owner.get()).ifPresent(file -> {
            busy(progress, status, save, print, true);
            SessionAnswers snapshot = answers.get();
            String name = label.get();
            Path protectedDatabase = database.get();
            BackgroundWork.run(() -> write(new OutputFile(file, protectedDatabase, true), paper.getValue(),
                            largePrint.isSelected(), snapshot, name))
                    .onSuccess(written -> {
                        status.setText(messages.format("summary.saved", written));
                        onOutput.run();
                        offerFolder(written);
                    })
                    .onError(problem -> status.setText(messages.format("summary.failed", messages.failure(problem))))
                    .andFinally(() -> busy(progress, status, save, print, false))
                    .start();
        }));
        print.setOnAction(e -> {
            busy(progress, status, save, print, true);
            BackgroundWork.run(printing::printers)
                    .onSuccess(printers -> {
                        progress.setVisible(false);
                        Optional<PrintDialog.Choice> choice = PrintDialog.ask(owner.get(), messages, printers, paper.getValue());
                        busy(progress, status, save, print, false);
                        choice.ifPresentOrElse(chosen -> send(chosen, largePrint.isSelected(), progress, status, save, print),
                                () -> status.setText(messages.get("summary.print.cancelled")));
                    })
                    .onError(problem -> {
                        busy(progress, status, save, print, false);
                        notPrinted(problem, status, save);
                    })
                    .start();
        });
        FlowPane row = new FlowPane(paperLabel, paper, largePrint, save, print, progress);
        row.getStyleClass().add("summary-actions");
        VBox panel = new VBox(Texts.heading(messages.get("summary.title"), 2), Texts.paragraph(messages.get("summary.intro")),
                row, status);
        panel.getStyleClass().add("info-box");
        return panel;
    }

    /** Makes the PDF in memory and hands it to the print system: no copy of it is left on disk. */
    private void send(PrintDialog.Choice choice, boolean large, ProgressIndicator progress, Label status, Button save,
            Button print) {
        busy(progress, status, save, print, true);
        SessionAnswers snapshot = answers.get();
        String name = label.get();
        BackgroundWork.run(() -> {
                    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                    new PdfSummaryWriter(choice.paper(), large).write(model(snapshot, name), pdf);
                    return printing.print(choice.printer(), choice.paper(), pdf.toByteArray());
                })
                .onSuccess(job -> {
                    status.setText(messages.format("summary.print.sent", job.printer(), job.id()));
                    onOutput.run();
                })
                .onError(problem -> notPrinted(problem, status, save))
                .andFinally(() -> busy(progress, status, save, print, false))
                .start();
    }

    /** Says in words why nothing was printed and offers the PDF instead. */
    private void notPrinted(Throwable problem, Label status, Button save) {
        String why = problem instanceof PrintProblem printing
                ? messages.format("summary.print." + printing.kind().name(), printing.subject(), printing.detail())
                : messages.format("summary.failed", messages.failure(problem));
        status.setText(why + " " + messages.get("summary.print.instead"));
        ButtonType saveInstead = new ButtonType(messages.get("summary.print.saveInstead"), ButtonType.OK.getButtonData());
        Alert alert = new Alert(Alert.AlertType.WARNING, why + "\n\n" + messages.get("summary.print.instead"), saveInstead,
                ButtonType.CLOSE);
        alert.setHeaderText(messages.get("summary.print.problem.title"));
        alert.initOwner(owner.get());
        alert.initModality(Modality.NONE);
        alert.showAndWait().filter(saveInstead::equals).ifPresent(button -> save.fire());
    }

    /** Runs in the background, on answers captured on the JavaFX thread. */
    private Path write(OutputFile file, PaperSize paper, boolean largePrint, SessionAnswers snapshot, String name)
            throws IOException {
        new PdfSummaryWriter(paper, largePrint).write(model(snapshot, name), file);
        return file.target();
    }

    private SummaryModel model(SessionAnswers snapshot, String name) {
        return SummaryBuilder.build(knowledge, engine, snapshot, name == null || name.isBlank() ? null : name.strip(),
                Instant.now(), messages.locale());
    }

    private Optional<Path> askWhereToSave(Window window) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("summary.save.title"));
        chooser.setInitialFileName(messages.get("summary.fileName") + ".pdf");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(messages.get("summary.pdfFiles"), List.of("*.pdf")));
        File chosen = chooser.showSaveDialog(window);
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    private void offerFolder(Path written) {
        ButtonType open = new ButtonType(messages.get("summary.openFolder"), ButtonType.OK.getButtonData());
        Alert done = new Alert(Alert.AlertType.INFORMATION, messages.format("summary.saved", written), open, ButtonType.CLOSE);
        done.setHeaderText(messages.get("summary.saved.title"));
        done.initOwner(owner.get());
        done.showAndWait().filter(open::equals).ifPresent(b -> folders.open(written.toAbsolutePath().getParent()));
    }

    private static void busy(ProgressIndicator progress, Label status, Button save, Button print, boolean busy) {
        progress.setVisible(busy);
        save.setDisable(busy);
        print.setDisable(busy);
        if (busy) {
            status.setText("");
        }
    }
}
