package org.secondlook.ui.wizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondlook.advice.StepId;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class StepListWidthTest {

    private static final Messages MESSAGES = new Messages(Locale.ENGLISH);

    private record NamedStep(StepId id, String title) implements WizardStep {
        @Override
        public void reset() {
        }

        @Override
        public Node content() {
            return new Label(title);
        }

        @Override
        public ObservableValue<String> blocker() {
            return Bindings.createStringBinding(() -> null);
        }
    }

    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WizardModel model = new WizardModel(List.of(new NamedStep(StepId.WELCOME, "Welcome and how this works"),
                new NamedStep(StepId.SAFETY, "Warning signs to check first"),
                new NamedStep(StepId.PAIN, "Your pain and how it affects you")), List.of());
        scene = new Scene(new WizardView(model, MESSAGES, new Pane()), 1024, 700);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void atTwiceTheTextSizeTheStepsShowNumbersOnlyAndAKeyShowsTheNames(FxRobot robot) {
        robot.interact(() -> Appearance.apply(scene, UserSettings.defaults().withTextSize(200)));
        WaitForAsyncUtils.waitForFxEvents();

        Button first = robot.lookup("#step-welcome").queryButton();
        assertEquals(MESSAGES.format("steps.numbered", MESSAGES.get("steps.symbol.current"), 1), first.getText());
        assertTrue(first.getAccessibleText().contains("Welcome and how this works"), "screen readers hear the name");
        double column = robot.lookup(".step-column").queryAs(javafx.scene.layout.Region.class).getWidth();
        assertTrue(column < 1024 * 0.12, "the step column takes " + column + " of 1024 pixels");

        ToggleButton names = robot.lookup("#step-names").queryAs(ToggleButton.class);
        robot.interact(names::requestFocus);
        robot.type(KeyCode.SPACE);
        assertTrue(robot.lookup("#step-welcome").queryButton().getText().endsWith("Welcome and how this works"));
        robot.type(KeyCode.SPACE);
        assertFalse(robot.lookup("#step-welcome").queryButton().getText().contains("Welcome"));
    }

    @Test
    void atTheUsualTextSizeTheNamesShowEvenInTheNarrowestWindow(FxRobot robot) {
        robot.interact(() -> {
            Appearance.apply(scene, UserSettings.defaults());
            scene.getWindow().setWidth(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#step-welcome").queryButton().getText().endsWith("Welcome and how this works"));
    }
}
