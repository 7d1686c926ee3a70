package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.Condition;
import org.secondlook.advice.StepId;
import org.secondlook.session.Mode;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.Priority;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.session.Session;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStatus;
import org.secondlook.session.Sessions;
import org.secondlook.ui.steps.SafetyStep;
import org.secondlook.ui.wizard.WizardState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Walks the whole wizard as a person would: by mouse, and by keyboard alone. */
class WizardWalkTest extends WindowTestBase {

    @Start
    void start(Stage unused) {
        openWindow();
    }

    private WizardState state() {
        return window.state();
    }

    private void next(FxRobot robot) {
        robot.clickOn("#next");
    }

    private void answerSafetyAllNo(FxRobot robot, Site site) {
        robot.clickOn("#site-" + site.name().toLowerCase().replace('_', '-'));
        for (RedFlag flag : SafetyStep.asked(site)) {
            robot.clickOn("#flag-" + flag.name().toLowerCase().replace('_', '-') + "-false");
        }
    }

    private void walkToOptions(FxRobot robot) {
        robot.clickOn("#mode-self");
        next(robot);
        answerSafetyAllNo(robot, Site.KNEE);
        next(robot);
        robot.clickOn("#side-left");
        robot.clickOn("#duration-unit-years");
        robot.clickOn("#intensity");
        next(robot);
        robot.clickOn("#diagnosis-knee-osteoarthritis");
        next(robot);
        robot.clickOn("#tried-exercise-therapy");
        robot.interact(() -> robot.lookup("#outcome-exercise-therapy").queryAs(ComboBox.class).getSelectionModel().select(Outcome.PARTLY));
        next(robot);
        for (Priority priority : Priority.values()) {
            robot.clickOn("#priority-" + priority.name().toLowerCase().replace('_', '-') + "-" + (priority == Priority.AVOID_SURGERY ? 4 : 2));
        }
        next(robot);
        robot.clickOn("#country-us").clickOn("#insured-false");
        next(robot);
    }

    @Test
    void mouseWalkReachesTheOptionsWithEveryOptionOfTheCondition(FxRobot robot) throws Exception {
        walkToOptions(robot);
        assertEquals(StepId.OPTIONS, state().currentStep.get());
        assertEquals(Site.KNEE, state().site.get());
        assertEquals(52, state().duration.get().weeks(), 1);
        assertEquals(Diagnosis.KNEE_OSTEOARTHRITIS, state().diagnosis.get());
        assertEquals(Outcome.PARTLY, state().tried.get("exercise-therapy").outcome());

        Set<String> shown = robot.lookup(".option-row").queryAll().stream()
                .map(row -> row.getId().substring("row-".length())).collect(Collectors.toSet());
        Set<String> inContent = TestContent.KNOWLEDGE.optionsFor("KNEE_OSTEOARTHRITIS").stream()
                .map(ConditionOption::option).collect(Collectors.toSet());
        assertEquals(inContent, shown, "every option of the condition has a card");
        assertTrue(state().comparedOptions.isEmpty(), "nothing was picked by the person");
        assertTrue(state().decision().get().comparison().size() >= 2, "a comparison is shown by default");
        assertTrue(robot.lookup("#comparison").tryQuery().isPresent());
        Screenshots.save(robot, stage.getScene(), "options-100");

        next(robot);
        assertEquals(StepId.CHECK, state().currentStep.get());
        Screenshots.save(robot, stage.getScene(), "check-100");

        robot.interact(() -> robot.lookup("#session-label").query().requestFocus());
        robot.write("Ana K").type(KeyCode.TAB);
        Sessions store = services.sessions().join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> "Ana K".equals(store.list(SessionQuery.newest(1)).sessions().get(0).label()));
        assertEquals(SessionStatus.COMPLETED, store.list(SessionQuery.newest(1)).sessions().get(0).status(),
                "reaching the last step finishes the session");
    }

    @Test
    void answersAreSavedAsThePersonGoesWithTheResultShown(FxRobot robot) throws Exception {
        walkToOptions(robot);
        Sessions store = services.sessions().join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.list(SessionQuery.newest(10)).sessions().size() == 1);
        Session saved = store.get(store.list(SessionQuery.newest(10)).sessions().get(0).id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> StepId.OPTIONS == store.get(saved.id()).answers().currentStep());
        Session latest = store.get(saved.id());
        assertEquals(Diagnosis.KNEE_OSTEOARTHRITIS, latest.answers().profile().diagnosis());
        assertEquals(Outcome.PARTLY, latest.answers().profile().priorTreatments().get(0).outcome());
        assertEquals(4, latest.answers().profile().rating(Priority.AVOID_SURGERY));
        assertEquals(TestContent.KNOWLEDGE.metadata().contentVersion(), latest.contentVersion());
        assertEquals(SessionStatus.IN_PROGRESS, latest.status(), "seeing the options does not finish the session");
        assertTrue(store.latestUnfinished().isPresent(), "so it is still offered for resuming");
    }

    @Test
    void theSafetyCheckAsksWhereItHurtsFirstThenOnlyThatSitesWarningSigns(FxRobot robot) {
        robot.clickOn("#mode-self");
        next(robot);
        assertTrue(robot.lookup("#flag-saddle-numbness-true").tryQuery().isEmpty(), "no warning sign before the site");
        assertTrue(robot.lookup("#next").queryAs(Button.class).isDisabled());
        robot.clickOn("#site-knee");
        robot.clickOn("#flag-hot-swollen-knee-with-fever-true");
        robot.clickOn("#site-low-back");
        assertTrue(robot.lookup("#flag-hot-swollen-knee-with-fever-true").tryQuery().isEmpty(),
                "back pain: no knee questions");
        assertFalse(state().anyRedFlag(), "the knee answer does not count for back pain");
        for (RedFlag flag : SafetyStep.asked(Site.LOW_BACK)) {
            robot.clickOn("#flag-" + flag.name().toLowerCase().replace('_', '-') + "-false");
        }
        next(robot);
        assertEquals(StepId.PAIN, state().currentStep.get());
        assertEquals(Site.LOW_BACK, state().site.get());
        assertTrue(robot.lookup("#site-knee").tryQuery().isEmpty(), "where it hurts is not asked twice");
    }

    @Test
    void aWarningSignLeadsToTheUrgentScreenAndStaysOnEveryLaterScreen(FxRobot robot) {
        robot.clickOn("#mode-self");
        next(robot);
        answerSafetyAllNo(robot, Site.LOW_BACK);
        robot.clickOn("#flag-saddle-numbness-true");
        next(robot);
        assertEquals(StepId.URGENT, state().currentStep.get());
        assertTrue(robot.lookup("#next").queryAs(Button.class).isDisabled(), "cannot go on before acknowledging");
        Screenshots.save(robot, stage.getScene(), "urgent-100");
        String now = robot.lookup("#urgent-now .label").queryAllAs(Label.class).stream().map(Label::getText)
                .reduce("", String::concat);
        assertTrue(now.contains("today") && now.contains("US: 911") && now.contains("UK: 999"),
                "what to do now, with every emergency number labelled while the country is not known: " + now);
        assertFalse(now.contains("nothing serious"), now);
        robot.clickOn("#urgent-acknowledge");
        next(robot);
        assertEquals(StepId.PAIN, state().currentStep.get());
        assertTrue(robot.lookup("#urgent-banner").queryAs(Label.class).isVisible(), "the warning stays visible");

        robot.clickOn("#back").clickOn("#back");
        robot.clickOn("#flag-saddle-numbness-false");
        assertFalse(robot.lookup("#urgent-banner").queryAs(Label.class).isVisible());
        next(robot);
        assertEquals(StepId.PAIN, state().currentStep.get(), "without a warning sign the urgent step is gone");
    }

    @Test
    void afterANewKneeInjuryTheLastStepGivesInjuryCareWithoutTheArthritisQuiz(FxRobot robot) {
        robot.clickOn("#mode-self");
        next(robot);
        answerSafetyAllNo(robot, Site.KNEE);
        robot.clickOn("#flag-cannot-bear-weight-after-injury-true");
        next(robot);
        robot.clickOn("#urgent-acknowledge");
        next(robot);
        robot.clickOn("#side-left");
        robot.clickOn("#duration-unit-years");
        robot.clickOn("#intensity");
        next(robot);
        robot.clickOn("#diagnosis-knee-osteoarthritis");
        walkOnTo(robot, StepId.CHECK);
        assertTrue(robot.lookup("#injury-first").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup(".explanation").queryAll().isEmpty(), "no arthritis quiz before the injury is checked");
        assertTrue(state().decision().get().questions().stream().anyMatch(q -> q.contains("X-ray")));
    }

    private void walkOnTo(FxRobot robot, StepId step) {
        while (state().currentStep.get() != step) {
            if (state().currentStep.get() == StepId.PRIORITIES) {
                for (Priority priority : Priority.values()) {
                    robot.clickOn("#priority-" + priority.name().toLowerCase().replace('_', '-') + "-2");
                }
            }
            if (state().currentStep.get() == StepId.PRACTICAL) {
                robot.clickOn("#country-us").clickOn("#insured-false");
            }
            next(robot);
        }
    }

    /** Fact sheet part 2 section 9: each new condition is offered for its own site, explained, and reaches its options. */
    @ParameterizedTest
    @CsvSource({"LOW_BACK, PREGNANCY_BACK_PELVIC_PAIN", "LOW_BACK, DEGENERATIVE_SPONDYLOLISTHESIS",
        "KNEE, DEGENERATIVE_MENISCAL_TEAR", "KNEE, PATELLOFEMORAL_PAIN"})
    void theNewConditionsAreOfferedForTheirSiteAndReachTheirOptions(Site site, Diagnosis diagnosis, FxRobot robot) {
        robot.clickOn("#mode-self");
        next(robot);
        answerSafetyAllNo(robot, site);
        next(robot);
        if (site == Site.KNEE) {
            robot.clickOn("#side-left");
        }
        robot.clickOn("#duration-unit-years");
        robot.clickOn("#intensity");
        next(robot);
        Site other = site == Site.KNEE ? Site.LOW_BACK : Site.KNEE;
        Arrays.stream(Diagnosis.values()).filter(d -> d.appliesTo(other) && !d.appliesTo(site)).forEach(d ->
                assertTrue(robot.lookup("#diagnosis-" + d.name().toLowerCase().replace('_', '-')).tryQuery().isEmpty(),
                        d + " is not offered for " + site));
        robot.clickOn("#diagnosis-" + diagnosis.name().toLowerCase().replace('_', '-'));
        Condition condition = TestContent.KNOWLEDGE.condition(diagnosis.name()).orElseThrow();
        assertEquals(condition.description().english(),
                robot.lookup("#diagnosis-description").queryAs(Label.class).getText());
        walkOnTo(robot, StepId.OPTIONS);
        Set<String> shown = robot.lookup(".option-row").queryAll().stream()
                .map(row -> row.getId().substring("row-".length())).collect(Collectors.toSet());
        assertEquals(TestContent.KNOWLEDGE.optionsFor(diagnosis.name()).stream().map(ConditionOption::option)
                .collect(Collectors.toSet()), shown);
        List<OptionAdvice> compared = state().decision().get().compared();
        assertTrue(compared.size() >= 3, compared.toString());
        assertNotEquals(Category.EXPERIMENTAL, compared.getFirst().category());
        assertEquals(Category.EXPERIMENTAL, compared.getLast().category(), "the experimental option comes last");
    }

    @Test
    void goingBackToChangeTheDiagnosisUpdatesTheOptionsAndSaysWhatChanged(FxRobot robot) {
        walkToOptions(robot);
        robot.clickOn("#step-diagnosis");
        robot.clickOn("#diagnosis-not-diagnosed");
        for (int i = 0; i < 5; i++) {
            if (StepId.OPTIONS != state().currentStep.get()) {
                next(robot);
            }
        }
        assertEquals(StepId.OPTIONS, state().currentStep.get());
        Label updated = robot.lookup("#options-updated").queryAs(Label.class);
        assertTrue(updated.getText().contains(TestContent.MESSAGES.get("step.diagnosis")), updated.getText());
        Set<String> shown = robot.lookup(".option-row").queryAll().stream().map(Node::getId).collect(Collectors.toSet());
        assertEquals(TestContent.KNOWLEDGE.optionsFor("NOT_DIAGNOSED_KNEE").size(), shown.size());
    }

    @Test
    void keyboardAloneWalksTheFirstSteps(FxRobot robot) {
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        assertEquals(Mode.SELF, state().mode.get(), "one tab past the language choice is the first mode");
        robot.type(KeyCode.ENTER);
        assertEquals(StepId.SAFETY, state().currentStep.get());
        // Where it hurts first, then each of that site's questions: Tab to it and choose.
        robot.type(KeyCode.TAB);
        robot.type(KeyCode.SPACE);
        assertTrue(state().site.get() != null, "the site chosen by keyboard");
        int asked = SafetyStep.asked(state().site.get()).size();
        for (int i = 0; i < asked; i++) {
            robot.type(KeyCode.TAB);
            robot.type(KeyCode.SPACE);
        }
        assertEquals(asked, state().redFlags.size(), "every question answered by keyboard");
        robot.type(KeyCode.ENTER);
        assertEquals(state().anyRedFlag() ? StepId.URGENT : StepId.PAIN, state().currentStep.get());
    }
}
