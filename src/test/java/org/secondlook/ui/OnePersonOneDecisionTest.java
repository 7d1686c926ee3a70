package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.secondlook.session.PainAsGiven;
import org.secondlook.advice.Decision;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Site;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.report.SummaryModel;
import org.secondlook.report.SummaryBuilder;
import org.secondlook.ui.steps.SafetyStep;
import org.secondlook.advice.StepId;
import org.secondlook.advice.SureAnswers;
import org.secondlook.session.Mode;
import org.secondlook.session.NoteKey;
import org.secondlook.session.Session;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStatus;
import org.secondlook.session.Sessions;
import org.secondlook.ui.steps.SafetyStep;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What broke for the second person in a real window: a clinician seeing patients in a row, a session reopened from
 * the history at any step, a duration typed rather than clicked. Every screen shows one person's answers and the
 * one decision derived from them.
 */
class OnePersonOneDecisionTest extends WindowTestBase {

    @Start
    void start(Stage unused) {
        openWindow();
    }

    private void answerSafetyAllNo(FxRobot robot, Site site) {
        robot.clickOn("#site-" + site.name().toLowerCase().replace('_', '-'));
        for (RedFlag flag : SafetyStep.asked(site)) {
            robot.clickOn("#flag-" + flag.name().toLowerCase().replace('_', '-') + "-false");
        }
    }

    private void next(FxRobot robot) {
        robot.clickOn("#next");
    }

    private void typeDuration(FxRobot robot, String amount) {
        robot.doubleClickOn("#duration-amount");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(amount);
    }

    /** From the diagnosis step to the options: nothing tried, every priority rated, the country given. */
    private void diagnosisToOptions(FxRobot robot, String diagnosisId) {
        robot.clickOn("#diagnosis-" + diagnosisId);
        next(robot);
        next(robot);
        for (Priority priority : Priority.values()) {
            robot.clickOn("#priority-" + priority.name().toLowerCase().replace('_', '-') + "-2");
        }
        next(robot);
        robot.clickOn("#country-us");
        next(robot);
        assertEquals(StepId.OPTIONS, window.state().currentStep.get());
    }

    /** The first patient: knee pain for 3 years, to the last step, with a name for the session. */
    private void firstPatient(FxRobot robot) {
        robot.clickOn("#mode-self");
        next(robot);
        answerSafetyAllNo(robot, Site.KNEE);
        next(robot);
        robot.clickOn("#duration-unit-years");
        typeDuration(robot, "3");
        robot.push(KeyCode.TAB);
        robot.clickOn("#intensity");
        next(robot);
        diagnosisToOptions(robot, "knee-osteoarthritis");
        next(robot);
        assertEquals(StepId.CHECK, window.state().currentStep.get());
        robot.interact(() -> robot.lookup("#session-label").queryTextInputControl().setText("Ana"));
    }

    @Test
    void aSecondPatientSeesNothingOfTheFirst(FxRobot robot) throws Exception {
        firstPatient(robot);
        assertEquals(new DurationAnswer(3, DurationAnswer.Unit.YEARS), window.state().duration.get());
        Sessions store = services.sessions().join();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.list(SessionQuery.newest(5)).sessions().size() == 1
                && "Ana".equals(store.list(SessionQuery.newest(5)).sessions().get(0).label())
                && store.list(SessionQuery.newest(5)).sessions().get(0).status() == SessionStatus.COMPLETED);

        robot.clickOn("#new-session");
        assertEquals(StepId.WELCOME, window.state().currentStep.get());
        assertFalse(robot.lookup("#mode-self").queryAs(RadioButton.class).isSelected(), "no mode chosen for the new person");
        assertTrue(robot.lookup("#next").queryButton().isDisabled(), "Next waits for the new person's choice");
        robot.clickOn("#mode-self");
        assertFalse(robot.lookup("#next").queryButton().isDisabled());
        next(robot);
        answerSafetyAllNo(robot, Site.LOW_BACK);
        next(robot);
        assertEquals("1", robot.lookup("#duration-amount").queryAs(Spinner.class).getEditor().getText());
        assertFalse(robot.lookup("#duration-unit-years").queryAs(ToggleButton.class).isSelected());
        assertEquals(TestContent.MESSAGES.get("pain.intensity.unset"), robot.lookup("#intensity-value").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#duration-categories").queryAs(Label.class).getText());

        robot.clickOn("#duration-unit-months");
        robot.clickOn("#intensity");
        next(robot);
        assertTrue(window.state().priorities.isEmpty(), "the new person has rated nothing yet");
        diagnosisToOptions(robot, "nonspecific-low-back-pain");
        assertTrue(robot.lookup("#options-updated").tryQuery().isEmpty(), "nothing was 'changed' for a new person");
        next(robot);
        assertEquals("", robot.lookup("#summary-status").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#session-label").queryTextInputControl().getText());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> store.list(SessionQuery.newest(5)).sessions().size() == 2);
        List<Site> sites = store.list(SessionQuery.newest(5)).sessions().stream().map(s -> s.site()).toList();
        assertEquals(List.of(Site.LOW_BACK, Site.KNEE), sites, "two sessions, one per person");
    }

    @Test
    void aTypedDurationCountsOnTabAndEnterDoesNotSkipTheQuestionsAfterIt(FxRobot robot) {
        robot.clickOn("#mode-self");
        next(robot);
        answerSafetyAllNo(robot, Site.LOW_BACK);
        next(robot);
        robot.clickOn("#duration-unit-months");
        typeDuration(robot, "8");
        robot.push(KeyCode.TAB);
        assertEquals(new DurationAnswer(8, DurationAnswer.Unit.MONTHS), window.state().duration.get());
        String eightMonths = describe(35);
        assertEquals(eightMonths, robot.lookup("#duration-categories").queryAs(Label.class).getText());

        typeDuration(robot, "2");
        robot.push(KeyCode.ENTER);
        assertEquals(StepId.PAIN, window.state().currentStep.get(), "Enter in the box stays on the step");
        assertEquals(new DurationAnswer(2, DurationAnswer.Unit.MONTHS), window.state().duration.get());
        assertFalse(eightMonths.equals(robot.lookup("#duration-categories").queryAs(Label.class).getText()));
    }

    private static String describe(int weeks) {
        return String.join("\n", new org.secondlook.advice.AdviceEngine(TestContent.KNOWLEDGE)
                .painDuration(weeks, Site.LOW_BACK, java.util.Locale.ENGLISH).byGuideline().stream()
                .map(org.secondlook.advice.DurationReading::sentence).toList());
    }

    private static SessionAnswers kneeSessionAt(StepId step) {
        Profile profile = new Profile(Site.KNEE, null, 157, 6, Map.of(), null, Diagnosis.KNEE_OSTEOARTHRITIS, null,
                Set.of(), List.of(), Map.of(Priority.AVOID_SURGERY, 4), null, null, null, null, null);
        return new SessionAnswers(profile, new PainAsGiven(new DurationAnswer(3, DurationAnswer.Unit.YEARS), 6),
                step, Mode.CLINICIAN, false,
                new SureAnswers(true, true, false, true), Map.of(), "Bring the X-ray.",
                Map.of(NoteKey.step(StepId.PAIN), "Worse on stairs."), Set.of(), List.of(), null, null);
    }

    @Test
    void aFinishedSessionOpensAtEveryStepWithItsOwnAnswersAndStaysFinished(FxRobot robot) throws Exception {
        Sessions store = services.sessions().join();
        SessionId other = store.createCompleted(new SessionAnswers(new Profile(Site.LOW_BACK, null, 8, 3, Map.of(), null,
                Diagnosis.NONSPECIFIC_LOW_BACK_PAIN, null, Set.of(), List.of(), Map.of(), null, null, null, null, null),
                new PainAsGiven(new DurationAnswer(8, DurationAnswer.Unit.WEEKS), 3), StepId.CHECK, Mode.SELF, false, null, null, null, null,
                null, null, null, null), "2026.11.0", "Other");
        for (StepId step : StepId.values()) {
            if (step == StepId.URGENT) {
                continue;
            }
            SessionId id = store.createCompleted(kneeSessionAt(step), "2026.11.0", "Ben");
            robot.interact(() -> window.sessions().open(other));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().site.get() == Site.LOW_BACK);
            robot.interact(() -> window.sessions().open(id));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().site.get() == Site.KNEE
                    && window.state().currentStep.get() == step);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals("Ben", window.state().label.get());
            Node page = robot.lookup(".page-scroller").queryAs(javafx.scene.control.ScrollPane.class).getContent();
            switch (step) {
                case PAIN -> {
                    assertEquals("3", robot.from(page).lookup("#duration-amount").queryAs(Spinner.class).getEditor().getText());
                    assertTrue(robot.from(page).lookup("#duration-unit-years").queryAs(ToggleButton.class).isSelected());
                    assertEquals(6, robot.from(page).lookup("#intensity").queryAs(Slider.class).getValue(), 0.01);
                    assertEquals("6 out of 10", robot.from(page).lookup("#intensity-value").queryAs(Label.class).getText());
                    assertEquals("Worse on stairs.", robot.from(page).lookup("#clinician-notes").queryTextInputControl().getText());
                }
                case OPTIONS -> assertTrue(robot.from(page).lookup(".option-row").queryAll().size() > 3);
                case CHECK -> {
                    assertTrue(robot.from(page).lookup("#save-pdf").tryQuery().isPresent());
                    assertTrue(robot.from(page).lookup("#print").tryQuery().isPresent());
                    Decision decision = window.state().decision().get();
                    assertEquals(bullets(decision.questionsFirst()), firstQuestionsShown(robot));
                }
                default -> { }
            }
            Session stored = store.get(id);
            assertEquals(SessionStatus.COMPLETED, stored.status(), "opening does not change the status (" + step + ")");
            assertEquals(kneeSessionAt(step), stored.answers());
        }
    }

    @Test
    void theCheckStepShowsTheDecisionsQuestionsWithoutVisitingTheOptions(FxRobot robot) throws Exception {
        Sessions store = services.sessions().join();
        SessionId id = store.createCompleted(kneeSessionAt(StepId.CHECK), "2026.11.0", null);
        robot.interact(() -> window.sessions().open(id));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.state().currentStep.get() == StepId.CHECK);
        WaitForAsyncUtils.waitForFxEvents();
        Decision decision = window.state().decision().get();
        assertFalse(decision.comparison().isEmpty());
        assertTrue(decision.compared().get(0).category() != org.secondlook.knowledge.Category.EXPERIMENTAL,
                "the balanced default starts from what guidelines back");
        assertNull(robot.lookup("#answers-do-not-fit").tryQuery().orElse(null));
        assertEquals(bullets(decision.questionsFirst()), firstQuestionsShown(robot));
        SummaryModel paper = SummaryBuilder.build(TestContent.KNOWLEDGE, new AdviceEngine(TestContent.KNOWLEDGE),
                kneeSessionAt(StepId.CHECK), null, java.time.Instant.now(), Locale.ENGLISH);
        assertEquals(decision.questionsFirst(), paper.questions().subList(0, decision.questionsFirst().size()),
                "the printout prints the questions the screen shows first");
        List<String> rest = decision.questions().subList(Decision.QUESTIONS_FIRST, decision.questions().size());
        assertFalse(rest.isEmpty(), "this person has more than the first questions");
        assertTrue(paper.questions().get(Decision.QUESTIONS_FIRST).contains(rest.size() + " more questions"));
        javafx.scene.layout.VBox more = robot.lookup("#more-questions").queryAs(javafx.scene.layout.VBox.class);
        assertFalse(more.isVisible());
        robot.interact(() -> robot.lookup("#show-all-questions").queryAs(ToggleButton.class).fire());
        assertTrue(more.isVisible());
        assertEquals(bullets(rest), more.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    private static List<String> bullets(List<String> questions) {
        return questions.stream().map(q -> "\u2022 " + q).toList();
    }

    /** The questions shown before "show all". */
    private List<String> firstQuestionsShown(FxRobot robot) {
        return robot.lookup("#questions-to-bring").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText()).toList();
    }
}
