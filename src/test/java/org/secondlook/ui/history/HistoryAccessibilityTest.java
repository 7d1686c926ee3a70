package org.secondlook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.ui.AccessibilityAudit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The history and the comparison of two sessions, audited for assistive technology. */
@ExtendWith(ApplicationExtension.class)
class HistoryAccessibilityTest {

    @TempDir
    Path dir;
    private HistoryScreen screen;

    @Start
    void start(Stage unused) {
        // The window opens once the sessions are saved.
    }

    @BeforeEach
    void openStore() throws Exception {
        screen = new HistoryScreen(dir);
    }

    @AfterEach
    void close(FxRobot robot) {
        screen.close(robot);
    }

    @Test
    void theHistoryAndTheComparisonCanBeFollowedWithAScreenReaderAndTheKeyboard(FxRobot robot) {
        screen.save("First visit", HistoryScreen.knee(7));
        screen.save("Second visit", HistoryScreen.knee(3));
        screen.show(robot);
        List<String> problems = new ArrayList<>(AccessibilityAudit.problems(robot, screen.stage.getScene()));
        robot.interact(() -> screen.table(robot).getSelectionModel().selectRange(0, 2));
        robot.clickOn("#history-compare");
        HistoryScreen.waitUntil(() -> robot.lookup("#compare-pain").tryQuery().isPresent());
        // The comparison opens in a dialog window of its own.
        problems.addAll(AccessibilityAudit.problems(robot, robot.lookup("#compare-pain").query().getScene()).stream()
                .map(problem -> "comparison: " + problem).toList());
        assertEquals(List.of(), problems);
    }
}
