package org.secondlook.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondlook.advice.StepId;
import org.secondlook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WizardNavigationTest {

    /** A step that is complete once its check box is ticked. */
    private static final class TickStep implements WizardStep {
        private final StepId id;
        private final BooleanProperty done = new SimpleBooleanProperty();
        private final CheckBox box;

        TickStep(StepId id, String name) {
            this.id = id;
            this.box = new CheckBox("tick " + name);
            box.setId("tick-" + name);
            done.bind(box.selectedProperty());
        }

        @Override
        public StepId id() {
            return id;
        }

        @Override
        public String title() {
            return "Step " + box.getText().substring("tick ".length());
        }

        @Override
        public void reset() {
            box.setSelected(false);
        }

        @Override
        public Node content() {
            return box;
        }

        @Override
        public ObservableValue<String> blocker() {
            return Bindings.when(done).then((String) null).otherwise("Tick " + box.getText().substring("tick ".length())
                    + " to go on.");
        }
    }

    private WizardModel model;

    @Start
    void start(Stage stage) {
        model = new WizardModel(List.of(new TickStep(StepId.WELCOME, "a"), new TickStep(StepId.SAFETY, "b"),
                new TickStep(StepId.PAIN, "c")), List.of());
        stage.setScene(new Scene(new WizardView(model, new Messages(java.util.Locale.ENGLISH), new Pane()), 900, 600));
        stage.show();
    }

    @Test
    void mouseWalksForwardAndBack(FxRobot robot) {
        assertTrue(robot.lookup("#next").queryAs(Button.class).isDisabled());
        robot.clickOn("#tick-a").clickOn("#next");
        assertEquals(1, model.currentIndex().get());
        robot.clickOn("#back");
        assertEquals(0, model.currentIndex().get());
        assertTrue(robot.lookup("#tick-a").queryAs(CheckBox.class).isSelected(), "Back keeps the answer");
    }

    @Test
    void keyboardEnterIsNextEscapeAndAltLeftAreBack(FxRobot robot) {
        robot.clickOn("#tick-a");
        robot.type(KeyCode.ENTER);
        assertEquals(1, model.currentIndex().get());
        robot.type(KeyCode.SPACE).type(KeyCode.ENTER);
        assertEquals(2, model.currentIndex().get());
        robot.type(KeyCode.ESCAPE);
        assertEquals(1, model.currentIndex().get());
        robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        assertEquals(0, model.currentIndex().get());
    }

    @Test
    void stepListJumpsOnlyToStepsAlreadyReached(FxRobot robot) {
        robot.clickOn("#tick-a").clickOn("#next").clickOn("#tick-b").clickOn("#next");
        robot.clickOn("\u2713  Step a");
        assertEquals(0, model.currentIndex().get());
        robot.clickOn("\u2713  Step c");
        assertEquals(2, model.currentIndex().get());
        model.goTo(5);
        assertEquals(2, model.currentIndex().get());
    }

    @Test
    void nextStaysDisabledOnTheLastStep(FxRobot robot) {
        robot.clickOn("#tick-a").clickOn("#next").clickOn("#tick-b").clickOn("#next").clickOn("#tick-c");
        assertFalse(model.canGoNext().get());
    }
}
