package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.StepId;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStore;
import org.secondlook.session.Sessions;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.text.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Switching between English and Spanish rebuilds the window in the other language and keeps every answer. */
class LanguageSwitchTest extends WindowTestBase {

    @Start
    void start(Stage unused) {
        openWindow();
    }

    @Test
    void switchingOnTheWelcomeStepShowsEverythingInSpanishAndIsRemembered(FxRobot robot) {
        robot.clickOn("#mode-self");
        robot.clickOn("#language-spanish");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("_Siguiente →", robot.lookup("#next").queryAs(Button.class).getText());
        assertTrue(stage.getTitle().startsWith("Second Look – una ayuda"), stage.getTitle());
        assertEquals(Mode.SELF, window.state().mode.get(), "the answer given before the switch is kept");
        assertEquals(StepId.WELCOME, window.state().currentStep.get());
        robot.interact(stage::close);
        assertEquals(Language.SPANISH, new UserSettingsStore(dir.resolve("settings.json")).load().language());
    }

    @Test
    void switchingHalfWayThroughTheSafetyCheckKeepsEachAnswerTheStepAndTheSession(FxRobot robot) throws Exception {
        robot.clickOn("#mode-clinician");
        robot.clickOn("#next");
        robot.clickOn("#site-low-back");
        robot.clickOn("#flag-saddle-numbness-true");
        robot.clickOn("#flag-progressive-leg-weakness-false");
        Sessions store = services.sessions().join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.list(SessionQuery.newest(10)).sessions().size() == 1);

        robot.interact(() -> robot.lookup("#language").queryAs(ChoiceBox.class).setValue(Language.SPANISH));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(StepId.SAFETY, window.state().currentStep.get());
        assertEquals(org.secondlook.advice.Site.LOW_BACK, window.state().site.get(), "where it hurts is kept too");
        assertEquals(Boolean.TRUE, window.state().redFlags.get(RedFlag.SADDLE_NUMBNESS));
        assertEquals(Boolean.FALSE, window.state().redFlags.get(RedFlag.PROGRESSIVE_LEG_WEAKNESS));
        assertNull(window.state().redFlags.get(RedFlag.FEVER_OR_INFECTION_RISK), "an unanswered question stays unanswered");
        assertTrue(window.wizard().steps().stream().anyMatch(step -> step.id() == StepId.URGENT),
                "the urgent-care step is still there for the warning sign");
        assertTrue(robot.lookup("#urgent-banner").queryLabeled().getText().contains("señal de alarma"));

        robot.clickOn("#flag-fever-or-infection-risk-false");
        robot.interact(() -> robot.lookup("#language").queryAs(ChoiceBox.class).setValue(Language.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("_Next →", robot.lookup("#next").queryAs(Button.class).getText());
        assertEquals(Boolean.FALSE, window.state().redFlags.get(RedFlag.FEVER_OR_INFECTION_RISK));
        robot.interact(stage::close);

        try (SessionStore reopened = SessionStore.open(dir.resolve("sessions.db"))) {
            assertEquals(1, reopened.list(SessionQuery.newest(10)).sessions().size(), "the answers went into the same session");
        }
    }
}
