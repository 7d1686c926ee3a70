package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.text.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class WelcomeWindowTest {

    @TempDir
    Path dir;
    private Stage stage;

    /** Each test gets its own window, as each run of the app does. */
    @Start
    void start(Stage unused) {
        stage = new Stage();
        SecondLookUi.open(stage, TestContent.services(dir));
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void opensOnTheWelcomeStepWithTheContentFacts(FxRobot robot) {
        assertTrue(robot.lookup("Welcome to Second Look").tryQuery().isPresent());
        assertTrue(robot.lookup(".paragraph").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("November 23, 2026") && label.getText().contains("2026.11.0")));
        assertTrue(robot.lookup(TestContent.KNOWLEDGE.metadata().funding().english()).tryQuery().isPresent());
    }

    @Test
    void saysWhyNextIsDisabledUntilTheModeIsChosen(FxRobot robot) {
        Label blocker = robot.lookup("#next-blocker").queryAs(Label.class);
        assertTrue(blocker.isVisible());
        assertEquals(TestContent.MESSAGES.get("welcome.blocker"), blocker.getText());

        robot.clickOn("#mode-clinician");
        assertFalse(blocker.isVisible());
        assertTrue(robot.lookup("#mode-clinician").queryAs(RadioButton.class).isSelected());
    }

    @Test
    void keyboardAloneChoosesTheMode(FxRobot robot) {
        RadioButton alone = robot.lookup("#mode-self").queryAs(RadioButton.class);
        waitForFxEvents();
        assertTrue(robot.lookup("#language-english").queryAs(RadioButton.class).isFocused(),
                "the first control on the page, the language, has focus");
        robot.type(KeyCode.TAB);
        assertTrue(alone.isFocused(), "one tab on, past the language choice, the first mode");
        robot.type(KeyCode.SPACE);
        assertTrue(alone.isSelected());
        assertFalse(robot.lookup("#next-blocker").queryAs(Label.class).isVisible());
    }

    @Test
    void textSizeScalesTheWholeWindowAndIsRemembered(FxRobot robot) {
        double before = robot.lookup("#next").queryAs(Button.class).getFont().getSize();
        ChoiceBox<Integer> size = robot.lookup("#text-size").queryAs(ChoiceBox.class);
        robot.interact(() -> size.setValue(200));
        waitForFxEvents();
        double after = robot.lookup("#next").queryAs(Button.class).getFont().getSize();
        assertEquals(2.0 * before, after, 0.2, "buttons scale with the text size");

        robot.interact(stage::close);
        assertEquals(200, new UserSettingsStore(dir.resolve("settings.json")).load().textSizePercent());
    }

    @Test
    void textSizeListOpensAndChoosesByKeyboardInBothThemes(FxRobot robot) {
        for (String theme : new String[] {"light", "high contrast"}) {
            ChoiceBox<Integer> size = robot.lookup("#text-size").queryAs(ChoiceBox.class);
            robot.clickOn(size);
            waitForFxEvents();
            assertTrue(size.isShowing(), "the list opens in the " + theme + " theme");
            robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
            waitForFxEvents();
            assertFalse(size.isShowing());
            robot.clickOn("#high-contrast");
        }
    }

    /** The header once held its display controls in one box, as wide as all of them, and pushed Next out of sight. */
    @Test
    void atTwiceTheTextSizeTheSmallestWindowStillHoldsEverythingInBothLanguages(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(MainWindow.MIN_WIDTH);
            stage.setHeight(MainWindow.MIN_HEIGHT);
            robot.lookup("#text-size").queryAs(ChoiceBox.class).setValue(200);
        });
        for (Language language : Language.values()) {
            robot.interact(() -> robot.lookup("#language").queryAs(ChoiceBox.class).setValue(language));
            waitForFxEvents();
            double width = stage.getScene().getWidth();
            Region root = (Region) stage.getScene().getRoot();
            assertTrue(root.minWidth(-1) <= width, language + ": the window needs " + root.minWidth(-1) + " of " + width);
            for (String id : new String[] {"#next", "#back", "#high-contrast", "#text-size"}) {
                Bounds bounds = robot.lookup(id).query().localToScene(robot.lookup(id).query().getBoundsInLocal());
                assertTrue(bounds.getMaxX() <= width, language + ": " + id + " ends at " + bounds.getMaxX() + " of " + width);
            }
            for (String id : new String[] {"#next", "#back"}) {
                Button button = robot.lookup(id).queryButton();
                assertTrue(button.getWidth() >= button.prefWidth(-1) - 0.5, language + ": " + id + " reads in full");
            }
        }
    }

    @Test
    void highContrastIsAThemeNotAColourTweak(FxRobot robot) {
        robot.clickOn("#high-contrast");
        assertEquals(2, stage.getScene().getStylesheets().size());
        assertTrue(stage.getScene().getStylesheets().get(1).endsWith("high-contrast.css"));
        robot.interact(stage::close);
        assertEquals(UserSettings.Theme.HIGH_CONTRAST, new UserSettingsStore(dir.resolve("settings.json")).load().theme());
    }

    @Test
    void windowHasASensibleMinimumAndFitsA1024By700Screen() {
        assertEquals(MainWindow.MIN_WIDTH, stage.getMinWidth());
        assertTrue(stage.getMinWidth() <= 1024 && stage.getMinHeight() <= 700);
        assertFalse(stage.getIcons().isEmpty(), "window has the app icon");
    }
}
