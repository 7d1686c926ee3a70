package org.secondlook.ui;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondlook.advice.StepId;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Site;
import org.secondlook.advice.Country;
import org.secondlook.session.Mode;
import org.secondlook.text.Language;
import org.secondlook.ui.wizard.WizardState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: saves a picture of every step's whole page at each text size and theme, under
 * target/screenshots, for people to look at. Run: mvn test -Dbenchmarks.excluded=none -Dgroups=tour
 */
@Tag("tour")
class ScreenshotTour extends WindowTestBase {

    @Start
    void start(Stage unused) {
        openWindow();
    }

    @ParameterizedTest
    @CsvSource({"100,false,en", "200,false,en", "100,true,en", "100,false,es", "200,false,es"})
    void everyStep(int textSize, boolean highContrast, String language, FxRobot robot) {
        robot.interact(() -> robot.lookup("#text-size").queryAs(ChoiceBox.class).setValue(textSize));
        if (highContrast) {
            robot.clickOn("#high-contrast");
        }
        robot.interact(() -> fill(window.state()));
        // Switched after the answers are in, so the pictures also show that a switch keeps them.
        robot.interact(() -> window.language().set(Language.fromTag(language).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        List<StepId> steps = window.wizard().steps().stream().map(org.secondlook.ui.wizard.WizardStep::id).toList();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            robot.interact(() -> window.wizard().reopenAt(steps.get(index)));
            WaitForAsyncUtils.waitForFxEvents();
            String name = steps.get(i).id() + "-" + textSize + (highContrast ? "-hc" : "")
                    + (language.equals("en") ? "" : "-" + language);
            Screenshots.save(robot, stage.getScene(), name);
            ScrollPane page = robot.lookup(".page-scroller").queryAs(ScrollPane.class);
            Screenshots.saveNode(robot, page.getContent(), name + "-full");
        }
    }

    private static void fill(WizardState state) {
        state.mode.set(Mode.CLINICIAN);
        for (RedFlag flag : RedFlag.values()) {
            state.redFlags.put(flag, flag == RedFlag.SADDLE_NUMBNESS);
        }
        state.urgentAcknowledged.set(true);
        state.site.set(Site.KNEE);
        state.duration.set(DurationAnswer.fromWeeks(60));
        state.intensity.set(6);
        state.diagnosis.set(Diagnosis.KNEE_OSTEOARTHRITIS);
        state.tried.put("exercise-therapy", new PriorTreatment("exercise-therapy", Outcome.PARTLY, 8));
        for (Priority priority : Priority.values()) {
            state.priorities.put(priority, priority == Priority.AVOID_SURGERY ? 4 : 2);
        }
        state.country.set(Country.US);
        state.insured.set(false);
        state.comparedOptions.setAll("exercise-therapy", "knee-steroid-injection", "bone-marrow-cells");
    }
}
