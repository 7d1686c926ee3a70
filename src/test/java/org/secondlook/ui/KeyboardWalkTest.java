package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Priority;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Site;
import org.secondlook.ui.steps.SafetyStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole wizard with the keyboard alone: Tab to move, Space to choose, arrows for the slider, Enter for Next. */
class KeyboardWalkTest extends WindowTestBase {

    @Start
    void start(Stage unused) {
        openWindow();
    }

    private static final int MAX_TABS = 400;

    /** Presses Tab until the control with this id has the focus, as a keyboard user would. */
    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < MAX_TABS; i++) {
            Node focused = stage.getScene().getFocusOwner();
            if (focused != null && id.equals(focused.getId())) {
                return;
            }
            robot.type(KeyCode.TAB);
        }
        throw new AssertionError("Tab never reached #" + id);
    }

    private void choose(FxRobot robot, String id) {
        tabTo(robot, id);
        robot.type(KeyCode.SPACE);
    }

    private void next(FxRobot robot, String expectedStep) {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(expectedStep, window.state().currentStep.get().id());
    }

    @Test
    void everyStepCanBeAnsweredWithTheKeyboardAlone(FxRobot robot) {
        choose(robot, "mode-self");
        next(robot, "safety");
        choose(robot, "site-low-back");
        for (RedFlag flag : SafetyStep.asked(Site.LOW_BACK)) {
            choose(robot, "flag-" + flag.name().toLowerCase().replace('_', '-') + "-false");
        }
        next(robot, "pain");
        choose(robot, "duration-unit-months");
        tabTo(robot, "intensity");
        robot.type(KeyCode.RIGHT, 6);
        next(robot, "diagnosis");
        choose(robot, "diagnosis-herniated-disc-sciatica");
        next(robot, "tried");
        choose(robot, "tried-self-care");
        tabTo(robot, "outcome-self-care");
        robot.type(KeyCode.DOWN);
        ComboBox<?> outcome = robot.lookup("#outcome-self-care").queryComboBox();
        if (outcome.isShowing()) {
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        }
        assertTrue(outcome.getValue() != null, "the outcome list answers to the arrow keys");
        next(robot, "priorities");
        for (Priority priority : Priority.values()) {
            choose(robot, "priority-" + priority.name().toLowerCase().replace('_', '-') + "-3");
        }
        next(robot, "practical");
        choose(robot, "country-uk");
        next(robot, "options");
        assertTrue(!window.state().comparedOptions.contains("gabapentinoids"), "not in the default comparison");
        tabTo(robot, "compare-gabapentinoids");
        robot.type(KeyCode.SPACE);
        next(robot, "check");

        assertEquals(Site.LOW_BACK, window.state().site.get());
        assertEquals(Diagnosis.HERNIATED_DISC_SCIATICA, window.state().diagnosis.get());
        assertEquals(6, window.state().intensity.get());
        assertTrue(window.state().tried.containsKey("self-care"), "an outcome was picked with the arrow key");
        assertEquals(3, window.state().priorities.get(Priority.FAST_RELIEF));
        assertTrue(window.state().comparedOptions.contains("gabapentinoids"));
    }
}
