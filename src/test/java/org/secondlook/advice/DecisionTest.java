package org.secondlook.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secondlook.advice.TestProfile.KB;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondlook.knowledge.Category;

/** The one decision per set of answers: the compared options, in a balanced order, and the questions to bring. */
class DecisionTest {

    private static final AdviceEngine ENGINE = new AdviceEngine(KB);

    /** Every condition with every leaning its options allow, and with none. */
    static Stream<Arguments> everyConditionAndLeaning() {
        List<Arguments> cases = new ArrayList<>();
        AdviceEngineTest.everyCondition().forEach(profile -> {
            Advice advice = ENGINE.advise(profile.build(), null, Locale.ENGLISH);
            cases.add(Arguments.of(profile, null));
            advice.options().forEach(option -> cases.add(Arguments.of(profile, option.id())));
        });
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("everyConditionAndLeaning")
    void theDefaultComparisonIsBalancedAndNeverLeadsWithAnExperimentalOption(TestProfile profile, String leaning) {
        Profile answers = profile.leaning(leaning).build();
        Decision decision = ENGINE.decide(answers, List.of(), SureAnswers.unanswered(), null, Locale.ENGLISH);
        List<OptionAdvice> compared = decision.compared();
        assertFalse(decision.chosenByPerson());
        assertTrue(compared.size() >= 2 && compared.size() <= AdviceEngine.MAX_COMPARED, compared.toString());
        assertNotBeforeBacked(compared);
        assertTrue(compared.stream().filter(o -> o.category() == Category.EXPERIMENTAL).count() <= 1,
                "one experimental option at most, beside what guidelines back");
        if (leaning != null) {
            assertTrue(decision.comparison().contains(leaning), "the leaning is compared: " + decision.comparison());
        }
        boolean conditionHasExperimental = decision.advice().options().stream()
                .anyMatch(o -> o.category() == Category.EXPERIMENTAL);
        assertEquals(conditionHasExperimental, compared.stream().anyMatch(o -> o.category() == Category.EXPERIMENTAL),
                "what people come to read about is shown beside established care, last");
    }

    /** Conditions where guidelines back fewer than two options still compare two that are not experimental. */
    @ParameterizedTest
    @MethodSource("org.secondlook.advice.AdviceEngineTest#everyCondition")
    void theDefaultComparesTwoOptionsThatAreNotExperimentalBeforeTheExperimentalOne(TestProfile profile) {
        Decision decision = ENGINE.decide(profile.build(), List.of(), SureAnswers.unanswered(), null, Locale.ENGLISH);
        long others = decision.advice().options().stream().filter(o -> o.category() != Category.EXPERIMENTAL).count();
        List<OptionAdvice> compared = decision.compared();
        assertEquals(Math.min(2, others), compared.stream().filter(o -> o.category() != Category.EXPERIMENTAL).count(),
                compared.toString());
        assertEquals(Category.EXPERIMENTAL, compared.getLast().category(), "the experimental option comes last");
    }

    @Test
    void thePersonsOwnPicksAreKeptInTheEnginesOrder() {
        Profile knee = TestProfile.knee().build();
        Decision decision = ENGINE.decide(knee, List.of("bone-marrow-cells", "exercise-therapy", "no-such-option"),
                SureAnswers.unanswered(), null, Locale.ENGLISH);
        assertTrue(decision.chosenByPerson());
        assertEquals(List.of("exercise-therapy", "bone-marrow-cells"), decision.comparison());
    }

    @Test
    void questionsCoverTheComparedOptionsAndTheLeaningWithoutRepeats() {
        Profile knee = TestProfile.knee().leaning("total-knee-replacement").build();
        Decision decision = ENGINE.decide(knee, List.of("exercise-therapy", "bone-marrow-cells"),
                SureAnswers.unanswered(), null, Locale.ENGLISH);
        for (String id : List.of("exercise-therapy", "bone-marrow-cells", "total-knee-replacement")) {
            KB.option(id).orElseThrow().questionsToAsk()
                    .forEach(q -> assertTrue(decision.questions().contains(q.in(Locale.ENGLISH)), id + ": " + q));
        }
        assertEquals(decision.questions().stream().distinct().count(), decision.questions().size());
    }

    private static void assertNotBeforeBacked(List<OptionAdvice> compared) {
        boolean experimentalSeen = false;
        for (OptionAdvice option : compared) {
            if (option.category() == Category.EXPERIMENTAL) {
                experimentalSeen = true;
            } else {
                assertFalse(experimentalSeen, "an experimental option came before " + option.id() + ": " + compared);
            }
        }
    }
}
