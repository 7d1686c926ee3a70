package org.secondlook.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Profile;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.report.print.Cups;
import org.secondlook.report.print.CupsPrintSystem;
import org.secondlook.report.print.PrintJob;
import org.secondlook.report.print.Printers;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Save as PDF from the last step writes a real summary in the background and offers the folder. */
@ExtendWith(ApplicationExtension.class)
class SummaryActionsTest {

    @TempDir
    Path dir;
    private Stage stage;
    private final List<Path> openedFolders = new ArrayList<>();

    @Start
    void start(Stage unused) {
        stage = new Stage();
    }

    /** Shows the panel, printing through the print system found with {@code environment}. */
    private void show(FxRobot robot, Map<String, String> environment) throws Exception {
        KnowledgeBase knowledge = KnowledgeLoader.loadBuiltIn();
        Profile profile = new Profile(Site.KNEE, null, 60, 7, Map.of(), null, Diagnosis.KNEE_OSTEOARTHRITIS, null, Set.of(),
                List.of(), Map.of(), null, null, null, null, null);
        SessionAnswers answers = SessionAnswers.start(Mode.SELF).withPatientNotes("Ask about the knee brace").withProfile(profile);
        SummaryActions actions = new SummaryActions(knowledge, new AdviceEngine(knowledge), new Messages(Locale.US),
                () -> answers, () -> "Ana Kowalska", () -> stage, openedFolders::add, () -> null,
                window -> Optional.of(dir.resolve("summary.pdf")), new CupsPrintSystem(environment));
        robot.interact(() -> {
            stage.setScene(new Scene(actions.panel(), 900, 400));
            stage.show();
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    /** The dialog's "Open the folder" button once its window is showing. */
    private static Optional<javafx.scene.control.Button> openFolderButton(FxRobot robot) {
        return showingButton(robot, "Open the folder");
    }

    private static Optional<javafx.scene.control.Button> showingButton(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> text.equals(button.getText()))
                .filter(button -> button.getScene() != null && button.getScene().getWindow().isShowing())
                .findFirst();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#summary-status").queryAs(Label.class).getText();
    }

    @Test
    void saveAsPdfWritesTheSummaryAndOffersTheFolder(FxRobot robot) throws Exception {
        show(robot, System.getenv());
        robot.clickOn("#large-print");
        robot.clickOn("#save-pdf");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> openFolderButton(robot).isPresent());
        robot.interact(() -> openFolderButton(robot).orElseThrow().fire());
        assertEquals(List.of(dir), openedFolders);
        Path pdf = dir.resolve("summary.pdf");
        assertTrue(Files.size(pdf) > 1000);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Ask about the knee brace"), "the patient's note is printed");
            assertTrue(text.contains("Ana Kowalska"), "the session's name is printed");
            assertEquals(612, document.getPage(0).getMediaBox().getWidth(), 1, "US locale prints on Letter");
        }
    }

    @Test
    void withoutThePrintCommandsItSaysWhichIsMissingAndOffersThePdf(FxRobot robot) throws Exception {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("PATH", Files.createDirectory(dir.resolve("no-commands")).toString());
        show(robot, environment);
        robot.clickOn("#print");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showingButton(robot, "Save as PDF instead\u2026").isPresent());
        assertTrue(status(robot).contains("The print command \"lpstat\" is not installed"), status(robot));
        robot.interact(() -> showingButton(robot, "Save as PDF instead\u2026").orElseThrow().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> openFolderButton(robot).isPresent());
        robot.interact(() -> openFolderButton(robot).orElseThrow().fire());
        assertTrue(Files.size(dir.resolve("summary.pdf")) > 1000, "the summary was saved instead");
    }

    @Test
    void printsThroughTheDialogToTheChosenPrinter(FxRobot robot) throws Exception {
        String printer = Cups.addPdfPrinter();
        try {
            show(robot, System.getenv());
            robot.clickOn("#print");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> showingButton(robot, "Print").isPresent());
            ComboBox<Printers.Printer> printers = robot.lookup("#print-printer").queryComboBox();
            robot.interact(() -> printers.setValue(printers.getItems().stream()
                    .filter(choice -> choice.name().equals(printer)).findFirst().orElseThrow()));
            robot.interact(() -> showingButton(robot, "Print").orElseThrow().fire());
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status(robot).startsWith("Sent to " + printer));
            Matcher job = Pattern.compile("print job (\\S+)\\)").matcher(status(robot));
            assertTrue(job.find(), status(robot));
            Path printed = Cups.printedFile(new PrintJob(printer, job.group(1)));
            String text = Cups.pdftotext(printed);
            Files.delete(printed);
            assertTrue(text.contains("Ana Kowalska") && text.contains("Ask about the knee brace"), text);
        } finally {
            Cups.removePrinter(printer);
        }
    }
}
