package org.secondlook.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secondlook.advice.TestProfile.KB;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondlook.knowledge.IsscrQuestion;
import org.secondlook.knowledge.KnowledgeCheck;

class AdviceQuestionsAndStepsTest {

    private static final AdviceEngine ENGINE = new AdviceEngine(KB);

    private static List<String> questions(Profile profile, List<String> considered) {
        return ENGINE.decide(profile, considered, SureAnswers.unanswered(), null, Locale.ENGLISH).questions();
    }

    @Test
    void consideringAStemCellOptionBringsItsQuestionsAndTheIsscrQuestionsOnce() {
        List<String> questions = questions(TestProfile.knee().build(), List.of("exercise-therapy", "bone-marrow-cells"));
        KB.option("exercise-therapy").orElseThrow().questionsToAsk()
                .forEach(q -> assertTrue(questions.contains(q.english()), q.english()));
        KB.isscrQuestions().stream().map(IsscrQuestion::question).map(q -> q.english())
                .filter(q -> !NEARLY_ASKED.contains(q))
                .forEach(q -> assertTrue(questions.contains(q), q));
        assertEquals(questions.size(), new HashSet<>(questions).size());
        assertEquals(1, questions.stream().filter(q -> q.equals("What does it cost in total, with follow-up visits?")).count());
    }

    /** ISSCR questions that the cell options' own questions already ask in other words. */
    private static final List<String> NEARLY_ASKED = List.of(
            "Is this treatment routine care for my condition, or is it part of a formal clinical trial?",
            "What benefit can I expect? How will it be measured, and how long will it take?");

    @Test
    void questionsAskingNearlyTheSameThingAreAskedOnce() {
        List<String> questions = questions(TestProfile.knee().build(), List.of("bone-marrow-cells"));
        assertTrue(questions.contains("Is this part of a registered clinical trial?"));
        assertTrue(questions.contains("What benefit should I expect, how will you measure it, and by when?"));
        NEARLY_ASKED.forEach(q -> assertFalse(questions.contains(q), q));
        // Different questions that share a word or two stay.
        assertTrue(questions.contains("What other options do I have? Could this treatment stop me from joining a trial later?"));
        assertTrue(questions.contains("Where is the research on this treatment published?"));
    }

    @Test
    void theFirstQuestionsAreAtMostEightAndCoverEveryComparedOption() {
        Profile profile = TestProfile.knee().tried("nsaid-tablets", Outcome.SIDE_EFFECTS, 6).leaning("muse-cells").build();
        Decision decision = ENGINE.decide(profile, List.of(), SureAnswers.unanswered(), null, Locale.ENGLISH);
        assertTrue(decision.questions().size() > Decision.QUESTIONS_FIRST, "enough questions to need a cap");
        List<String> first = decision.questionsFirst();
        assertEquals(Decision.QUESTIONS_FIRST, first.size());
        assertEquals(decision.questions().subList(0, Decision.QUESTIONS_FIRST), first);
        assertTrue(first.get(0).contains("gave me side effects"), first.get(0));
        assertTrue(first.get(1).startsWith("I am leaning toward"), first.get(1));
        for (OptionAdvice compared : decision.compared()) {
            assertTrue(first.contains(compared.questions().get(0)), compared.id() + " has a question among the first");
        }
    }

    @Test
    void theStemCellChecklistQuestionsComeOnlyWithACellTherapy() {
        String cells = KB.isscrQuestions().stream().filter(q -> q.id().equals("cells")).findFirst().orElseThrow()
                .question().english();
        assertFalse(questions(TestProfile.back().build(), List.of("self-care", "prp-injection")).contains(cells),
                "PRP is not a cell therapy");
        assertTrue(questions(TestProfile.back().build(), List.of("self-care", "fat-cells")).contains(cells));
    }

    @Test
    void aWarningSignPutsUrgentCareWithTheCountrysEmergencyNumberFirstInTheNextSteps() {
        for (var expected : java.util.Map.of(Country.US, "call 911 now", Country.MEXICO, "call 911 now",
                Country.UK, "call 999 now", Country.OTHER, "call your local emergency number now").entrySet()) {
            List<String> steps = ENGINE.decide(TestProfile.knee().redFlag(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER)
                    .country(expected.getKey()).build(), List.of(), SureAnswers.unanswered(), null, Locale.ENGLISH).nextSteps();
            assertTrue(steps.get(0).contains("Get medical help today"), steps.get(0));
            assertTrue(steps.get(1).contains(expected.getValue()), expected.getKey() + ": " + steps.get(1));
        }
        List<String> calm = ENGINE.decide(TestProfile.knee().build(), List.of(), SureAnswers.unanswered(), null,
                Locale.ENGLISH).nextSteps();
        assertTrue(calm.stream().noneMatch(s -> s.contains("medical help today")), "no urgent step without a sign");
        String unknown = ENGINE.urgentCare(null, Locale.ENGLISH).get(1);
        assertTrue(unknown.contains("US: 911") && unknown.contains("Mexico: 911") && unknown.contains("UK: 999"), unknown);
    }

    @Test
    void afterANewKneeInjuryTheQuestionsAreAboutTheInjuryNotArthritisCare() {
        Profile injured = TestProfile.knee().redFlag(RedFlag.CANNOT_BEAR_WEIGHT_AFTER_INJURY).build();
        Decision decision = ENGINE.decide(injured, List.of(), SureAnswers.unanswered(), null, Locale.ENGLISH);
        assertTrue(decision.injuryFirst());
        assertTrue(decision.questions().contains("Do I need an X-ray of my knee after this injury?"), decision.questions()
                .toString());
        assertEquals(2, decision.questions().size(), "the warning sign and the X-ray: " + decision.questions());
        assertTrue(decision.knowledgeCheck().isEmpty(), "no arthritis quiz before the injury is checked");
        assertEquals(ENGINE.urgentCare(Country.US, Locale.ENGLISH), decision.nextSteps(),
                "only getting help today: weighing the options waits until the injury is checked");
        Decision calm = ENGINE.decide(TestProfile.knee().redFlag(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER).build(), List.of(),
                SureAnswers.unanswered(), null, Locale.ENGLISH);
        assertFalse(calm.injuryFirst());
        assertFalse(calm.knowledgeCheck().isEmpty());
        assertTrue(calm.questions().size() > 2);
    }

    @Test
    void painThatBeganAroundAPregnancyBringsAQuestionAboutIt() {
        String asked = "My pain began during or after a pregnancy. Could it be pregnancy-related back or pelvic pain,"
                + " and does that change my options?";
        assertTrue(questions(TestProfile.back().onset(Onset.AFTER_PREGNANCY).build(), List.of()).contains(asked));
        assertFalse(questions(TestProfile.back().build(), List.of()).contains(asked));
        // Moot when that is already the diagnosis, and the question is about back or pelvic pain, not the knee.
        assertFalse(questions(TestProfile.of(Site.LOW_BACK, Diagnosis.PREGNANCY_BACK_PELVIC_PAIN)
                .onset(Onset.AFTER_PREGNANCY).build(), List.of()).contains(asked));
        assertFalse(questions(TestProfile.knee().onset(Onset.AFTER_PREGNANCY).build(), List.of()).contains(asked));
    }

    @Test
    void theIsscrQuestionsAreLeftOutWhenNoUnprovenOptionIsConsidered() {
        List<String> questions = questions(TestProfile.knee().build(), List.of("exercise-therapy"));
        assertTrue(questions.stream().noneMatch(q -> KB.isscrQuestions().stream()
                .anyMatch(i -> i.question().english().equals(q))));
    }

    @Test
    void personalQuestionsComeFirst() {
        Profile profile = TestProfile.of(Site.LOW_BACK, Diagnosis.NOT_DIAGNOSED)
                .redFlag(RedFlag.SADDLE_NUMBNESS)
                .tried("nsaid-tablets", Outcome.NO_CHANGE, 6)
                .tried("opioids", Outcome.WORSE, 2)
                .tried("self-care", Outcome.HELPED, 4)
                .build();
        List<String> questions = questions(profile, List.of("self-care"));
        assertEquals(List.of(
                "I have this warning sign: Numbness around the groin, buttocks or genitals. Does it need care today?",
                KB.option("opioids").orElseThrow().name().english()
                        + " made my pain worse. What could I try next, and what should I avoid?",
                "What could be causing my pain, and how would we find out?",
                KB.option("nsaid-tablets").orElseThrow().name().english() + " did not help me. What could I try next?"),
                questions.subList(0, 4));
        assertTrue(questions.containsAll(KB.option("self-care").orElseThrow().questionsToAsk().stream()
                .map(q -> q.english()).toList()));
    }

    @Test
    void anOptionThatIsNotInTheAdviceIsNotConsidered() {
        KB.option("total-knee-replacement").orElseThrow().questionsToAsk().forEach(q -> assertFalse(
                questions(TestProfile.back().build(), List.of("total-knee-replacement")).contains(q.in(Locale.ENGLISH))));
    }

    @ParameterizedTest(name = "sure={0} understand={1} riskBenefit={2} encouragement={3}")
    @CsvSource(nullValues = "null", value = {
        "true, true, true, true, Plan the talk with your specialist",
        "false, false, true, true, Go back over the benefits and harms",
        "false, true, false, true, Do the values exercise",
        "false, true, true, false, Bring a family member or a friend",
        "false, true, true, true, You do not have to decide today",
        "null, null, null, null, Go back over the benefits and harms"
    })
    void nextStepsFollowTheOttawaGuide(Boolean sure, Boolean understand, Boolean riskBenefit, Boolean encouragement,
            String expected) {
        List<String> steps = ENGINE.decide(TestProfile.knee().build(), List.of(),
                new SureAnswers(sure, understand, riskBenefit, encouragement), null, Locale.ENGLISH).nextSteps();
        assertTrue(steps.stream().anyMatch(s -> s.startsWith(expected)), steps.toString());
        boolean allYes = Boolean.TRUE.equals(sure) && Boolean.TRUE.equals(understand)
                && Boolean.TRUE.equals(riskBenefit) && Boolean.TRUE.equals(encouragement);
        assertEquals(allYes, steps.stream().anyMatch(s -> s.startsWith("Plan the talk")));
    }

    @ParameterizedTest
    @MethodSource("org.secondlook.advice.AdviceEngineTest#everyCondition")
    void theKnowledgeCheckIsTheConditionsThreeToFiveQuestions(TestProfile profile) {
        Decision decision = ENGINE.decide(profile.build(), List.of(), SureAnswers.unanswered(), null, Locale.ENGLISH);
        Advice advice = decision.advice();
        List<KnowledgeCheck> checks = decision.knowledgeCheck();
        assertEquals(KB.knowledgeChecksFor(advice.conditionId()), checks);
        assertTrue(checks.size() >= 3 && checks.size() <= 5, advice.conditionId() + " has " + checks.size());
    }
}
