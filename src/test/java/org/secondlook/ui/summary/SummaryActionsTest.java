package org.secondlook.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
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
    void start(Stage unused) throws Exception {
        KnowledgeBase knowledge = KnowledgeLoader.loadBuiltIn();
        Profile profile = new Profile(Site.KNEE, null, 60, 7, Map.of(), null, Diagnosis.KNEE_OSTEOARTHRITIS, null, Set.of(),
                List.of(), Map.of(), null, null, null, null, null);
        SessionAnswers answers = SessionAnswers.start(Mode.SELF).withPatientNotes("Ask about the knee brace").withProfile(profile);
        stage = new Stage();
        SummaryActions actions = new SummaryActions(knowledge, new AdviceEngine(knowledge), new Messages(Locale.US),
                () -> answers, () -> "Ana Kowalska", () -> stage, openedFolders::add, () -> null,
                window -> Optional.of(dir.resolve("summary.pdf")));
        stage.setScene(new Scene(actions.panel(), 900, 400));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    /** The dialog's "Open the folder" button once its window is showing. */
    private static Optional<javafx.scene.control.Button> openFolderButton(FxRobot robot) {
        return robot.lookup(".button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(button -> "Open the folder".equals(button.getText()))
                .filter(button -> button.getScene() != null && button.getScene().getWindow().isShowing())
                .findFirst();
    }

    @Test
    void saveAsPdfWritesTheSummaryAndOffersTheFolder(FxRobot robot) throws Exception {
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
}
