package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Broken content is explained in a window, with file and place, instead of a wizard with half the content. */
@ExtendWith(ApplicationExtension.class)
class ProblemWindowTest {

    private static final List<String> FILES = List.of("metadata.json", "sources.json", "glossary.json", "options.json",
            "conditions.json", "general.json");

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage unused) {
        // The window is opened by the test itself.
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage != null) {
                stage.close();
            }
        });
    }

    @Test
    void opensAtLeastAsLargeAsItsContentAndItsReadableMinimum(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            ProblemWindow.show(stage, TestContent.MESSAGES.get("problem.content.title"), "options.json: not valid JSON");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Region root = (Region) stage.getScene().getRoot();
        double em = robot.lookup(".paragraph").queryAs(Label.class).getFont().getSize();
        double contentWidth = Math.min(root.prefWidth(-1), root.maxWidth(-1));
        assertTrue(stage.getScene().getWidth() >= Math.max(contentWidth, ProblemWindow.MIN_WIDTH_EM * em) - 1,
                "width " + stage.getScene().getWidth());
        assertTrue(stage.getScene().getHeight() >= Math.max(root.prefHeight(-1), ProblemWindow.MIN_HEIGHT_EM * em) - 1,
                "height " + stage.getScene().getHeight());
    }

    @Test
    void brokenContentShowsEveryProblemWithItsFileAndPlace(FxRobot robot) throws Exception {
        for (String file : FILES) {
            try (InputStream in = KnowledgeLoader.class.getResourceAsStream("/org/secondlook/knowledge/" + file)) {
                Files.write(dir.resolve(file), in.readAllBytes());
            }
        }
        Path conditions = dir.resolve("conditions.json");
        Files.writeString(conditions, Files.readString(conditions).replaceFirst("\"grade\": \"[A-Z_]+\"", "\"grade\": \"MAYBE\""));
        KnowledgeException problem = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.loadFrom(dir));

        robot.interact(() -> {
            stage = new Stage();
            ProblemWindow.show(stage, TestContent.MESSAGES.get("problem.content.title"), problem.getMessage());
        });
        String details = robot.lookup("#problem-details").queryAs(TextArea.class).getText();
        assertTrue(details.contains("conditions.json") && details.contains("/certainty/grade"), details);
        assertTrue(robot.lookup(TestContent.MESSAGES.get("problem.content.title")).tryQuery().isPresent());
        assertTrue(!details.contains("Exception") && !details.contains("\tat "), "no stack trace for people");
    }
}
