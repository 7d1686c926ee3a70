package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.secondlook.text.Language;
import org.testfx.util.WaitForAsyncUtils;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.Priority;
import org.secondlook.advice.RedFlag;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every screen of the wizard, the options overview and the comparison, audited for assistive technology in each
 * language, on the way to sciatica options that carry icon arrays.
 */
class AccessibilityAuditTest extends WindowTestBase {

    private final List<String> problems = new ArrayList<>();

    @Start
    void start(Stage unused) {
        openWindow();
    }

    private void audit(FxRobot robot) {
        String step = window.state().currentStep.get().id();
        AccessibilityAudit.problems(robot, stage.getScene()).forEach(problem -> problems.add(step + ": " + problem));
    }

    private void next(FxRobot robot) {
        robot.clickOn("#next");
        audit(robot);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStepCanBeFollowedWithAScreenReaderAndTheKeyboard(Language language, FxRobot robot) {
        robot.interact(() -> robot.lookup("#language").queryAs(ChoiceBox.class).setValue(language));
        WaitForAsyncUtils.waitForFxEvents();
        audit(robot);
        robot.clickOn("#mode-self");
        next(robot);
        robot.clickOn("#site-low-back");
        for (RedFlag flag : RedFlag.values()) {
            robot.lookup("#flag-" + flag.name().toLowerCase().replace('_', '-') + "-false").tryQuery()
                    .ifPresent(robot::clickOn);
        }
        robot.clickOn("#flag-saddle-numbness-true");
        next(robot);
        robot.clickOn("#urgent-acknowledge");
        next(robot);
        robot.clickOn("#duration-unit-months").clickOn("#intensity");
        next(robot);
        robot.clickOn("#diagnosis-herniated-disc-sciatica");
        next(robot);
        robot.interact(() -> robot.lookup("#tried-self-care").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        robot.interact(() -> robot.lookup("#outcome-self-care").queryAs(ComboBox.class)
                .getSelectionModel().select(Outcome.PARTLY));
        audit(robot);
        next(robot);
        for (Priority priority : Priority.values()) {
            robot.clickOn("#priority-" + priority.name().toLowerCase().replace('_', '-') + "-2");
        }
        next(robot);
        robot.clickOn("#country-uk");
        next(robot);
        robot.interact(() -> robot.lookup("#view-compare").queryAs(javafx.scene.control.ToggleButton.class).setSelected(true));
        audit(robot);
        assertFalse(robot.lookup(".icon-array").queryAll().isEmpty(), "the sciatica options show icon arrays");
        next(robot);
        assertEquals(StepId.CHECK, window.state().currentStep.get());
        assertEquals(List.of(), problems);
    }
}
