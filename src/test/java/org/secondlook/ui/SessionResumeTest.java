package org.secondlook.ui;

import org.secondlook.advice.StepId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.Site;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.Sessions;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An unfinished session is offered at start and reopens on the step it was left at, answers and all. */
@ExtendWith(ApplicationExtension.class)
class SessionResumeTest {

    @TempDir
    Path dir;
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage unused) throws Exception {
        UiServices services = TestContent.services(dir);
        Sessions store = services.sessions().join();
        Profile profile = new Profile(Site.KNEE, null, 30, 6, Map.of(), null, Diagnosis.KNEE_OSTEOARTHRITIS, null, Set.of(),
                List.of(), Map.of(Priority.AVOID_SURGERY, 4), null, null, null, null, null);
        store.create(SessionAnswers.start(Mode.CLINICIAN).withProfile(profile).atStep(StepId.PRIORITIES), "2026.11.0", "Ana")
                .get(10, TimeUnit.SECONDS);
        stage = new Stage();
        window = SecondLookUi.open(stage, services);
        stage.setWidth(1200);
        stage.setHeight(850);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            if (stage.isShowing()) {
                stage.close();
            }
        });
    }

    @Test
    void resumingReopensTheStepWithTheAnswers(FxRobot robot) throws Exception {
        // A session with a clinician: a shared computer, so the name is asked about only after "Continue".
        DialogButtons.click(robot, "#resume");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".startup-notice").tryQuery()
                .map(pane -> ((javafx.scene.control.DialogPane) pane).getHeaderText().contains("\u201cAna\u201d"))
                .orElse(false));
        DialogButtons.click(robot, "#resume");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StepId.PRIORITIES == window.state().currentStep.get());
        assertEquals(Mode.CLINICIAN, window.state().mode.get());
        assertEquals(Diagnosis.KNEE_OSTEOARTHRITIS, window.state().diagnosis.get());
        assertEquals(30, window.state().duration.get().weeks());
        assertEquals(4, window.state().priorities.get(Priority.AVOID_SURGERY));
        assertEquals(Boolean.FALSE, window.state().redFlags.get(org.secondlook.advice.RedFlag.SADDLE_NUMBNESS),
                "the safety step was passed, so unlisted warning signs were answered no");
        assertTrue(robot.lookup("#clinician-notes").tryQuery().isPresent(), "clinician mode shows the notes field");

        robot.clickOn("#new-session");
        assertNull(window.state().mode.get(), "a new person starts clean");
        assertNull(window.state().diagnosis.get());
        assertEquals(StepId.WELCOME, window.state().currentStep.get());
    }

    @Test
    void aSessionSavedOnTheOptionsWithoutAFullProfileReopensWhereAnswersAreMissing(FxRobot robot) throws Exception {
        DialogButtons.click(robot, "#start-new");
        Sessions store = TestContent.services(dir).sessions().join();
        Profile kneeWithBackDiagnosis = new Profile(Site.KNEE, null, 30, 6, Map.of(), null, Diagnosis.SPINAL_STENOSIS, null,
                Set.of(), List.of(), Map.of(), null, null, null, null, null);
        var id = store.create(SessionAnswers.start(Mode.SELF).withProfile(kneeWithBackDiagnosis).atStep(StepId.OPTIONS), "2026.11.0",
                "Half-way").get(10, TimeUnit.SECONDS);
        store.close();
        robot.interact(() -> window.sessions().open(id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> StepId.PAIN == window.state().currentStep.get());
    }

    @Test
    void startingNewLeavesTheOldSessionAlone(FxRobot robot) throws Exception {
        DialogButtons.click(robot, "#start-new");
        assertEquals(StepId.WELCOME, window.state().currentStep.get());
        assertNull(window.state().diagnosis.get());
    }
}
