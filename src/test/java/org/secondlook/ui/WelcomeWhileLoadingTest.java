package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.testfx.util.WaitForAsyncUtils.asyncFx;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.StepId;
import org.secondlook.session.Mode;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.text.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The first frame's welcome page, before the content is loaded, and the window it hands over to. */
@ExtendWith(ApplicationExtension.class)
class WelcomeWhileLoadingTest {

    @TempDir
    Path dir;
    private Stage stage;
    private WelcomeWhileLoading welcome;

    @Start
    void start(Stage unused) {
        stage = new Stage();
        welcome = new WelcomeWhileLoading(stage, FirstPage.of(TestContent.MESSAGES,
                new UserSettingsStore(dir.resolve("settings.json")), UserSettings.defaults(), TestContent.KNOWLEDGE.metadata(), false));
        stage.setWidth(1280);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void onAClinicServerTheFirstPageAlreadySaysWhereSessionsAreKept(FxRobot robot) {
        Stage[] clinic = new Stage[1];
        robot.interact(() -> {
            clinic[0] = new Stage();
            new WelcomeWhileLoading(clinic[0], FirstPage.of(TestContent.MESSAGES,
                    new UserSettingsStore(dir.resolve("clinic-settings.json")), UserSettings.defaults(),
                    TestContent.KNOWLEDGE.metadata(), true));
            clinic[0].show();
        });
        try {
            assertTrue(robot.from(clinic[0].getScene().getRoot())
                    .lookup(TestContent.MESSAGES.get("welcome.privacy.clinic.title")).tryQuery().isPresent());
            assertTrue(robot.from(clinic[0].getScene().getRoot())
                    .lookup(TestContent.MESSAGES.get("welcome.privacy.title")).tryQuery().isEmpty());
            assertTrue(robot.from(stage.getScene().getRoot())
                    .lookup(TestContent.MESSAGES.get("welcome.privacy.title")).tryQuery().isPresent());
        } finally {
            robot.interact(clinic[0]::close);
        }
    }

    @Test
    void worksBeforeTheContentIsLoadedAndSaysWhyNextWaits(FxRobot robot) {
        assertTrue(robot.lookup("Welcome to Second Look").tryQuery().isPresent());
        assertTrue(robot.lookup(".paragraph").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains("November 23, 2026") && label.getText().contains("2026.11.0")));
        Label blocker = robot.lookup("#next-blocker").queryAs(Label.class);
        assertEquals(TestContent.MESSAGES.get("welcome.blocker"), blocker.getText());

        robot.clickOn("#mode-clinician");
        assertEquals(TestContent.MESSAGES.get("welcome.preparing"), blocker.getText());
        assertTrue(robot.lookup("#next").queryAs(Button.class).isDisabled());
    }

    @Test
    void theWholeWizardTakesOverWithTheChoiceMadeAndTheFocusWhereItWas(FxRobot robot) throws Exception {
        robot.clickOn("#mode-clinician");
        MainWindow window = asyncFx(() -> welcome.handOver(TestContent.services(dir))).get(1, TimeUnit.MINUTES);
        waitForFxEvents();

        assertEquals(Mode.CLINICIAN, window.state().mode.get());
        assertTrue(robot.lookup("#mode-clinician").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup("#mode-clinician").queryAs(RadioButton.class).isFocused());
        assertFalse(robot.lookup("#next").queryAs(Button.class).isDisabled());
        assertTrue(window.wizard().steps().size() > 1);
        robot.clickOn("#next");
        assertEquals(StepId.SAFETY, window.state().currentStep.get());
    }

    @Test
    void aLanguageChosenWhileLoadingIsTheWindowsLanguage(FxRobot robot) throws Exception {
        robot.clickOn("#language-spanish");
        waitForFxEvents();
        assertTrue(robot.lookup("Bienvenido a Second Look").tryQuery().isPresent());

        MainWindow window = asyncFx(() -> welcome.handOver(TestContent.services(dir))).get(1, TimeUnit.MINUTES);
        waitForFxEvents();
        assertEquals(Language.SPANISH, window.language().get());
        assertTrue(robot.lookup("Bienvenido a Second Look").tryQuery().isPresent());
        assertEquals("_Siguiente →", robot.lookup("#next").queryAs(Button.class).getText());
    }
}
