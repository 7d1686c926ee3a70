package org.secondlook.ui.history;

import org.secondlook.advice.StepId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.secondlook.ui.history.HistoryScreen.MESSAGES;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.session.Mode;
import org.secondlook.session.Session;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionComparison;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionStatus;
import org.secondlook.advice.SureAnswers;
import org.secondlook.advice.OutOfPocket;
import org.secondlook.session.NoteKey;

/** The texts the history screens look up by name, rather than by a fixed key, all exist. */
class HistoryTextsTest {

    @Test
    void everyConditionStatusAndRatingHasAName() {
        Stream.of(
                names("history.diagnosis", Diagnosis.values()),
                names("history.site", Site.values()),
                names("history.status", SessionStatus.values()),
                names("history.lifeArea", LifeArea.values()),
                names("history.priority", Priority.values()))
                .flatMap(List::stream)
                .forEach(text -> assertFalse(text.isBlank()));
    }

    @Test
    void everyAnswerACompareCanReportHasAName() {
        SessionComparison everything = SessionComparison.between(session(1, before()), session(2, after()));
        assertEquals(23, everything.changedAnswers().size(), "the two sessions differ in every answer");
        for (String answer : everything.changedAnswers()) {
            assertFalse(MESSAGES.get("history.answer." + answer).isBlank(), answer);
        }
    }

    private static List<String> names(String prefix, Enum<?>[] constants) {
        return Stream.of(constants).map(constant -> MESSAGES.of(prefix, constant)).toList();
    }

    private static Session session(long id, SessionAnswers answers) {
        Instant when = Instant.parse("2026-03-02T08:00:00Z").plusSeconds(id);
        return new Session(new SessionId(id), null, SessionStatus.COMPLETED, answers, "2026.1", when, when);
    }

    private static SessionAnswers before() {
        Profile profile = new Profile(Site.KNEE, Side.LEFT, 10, 7, Map.of(LifeArea.SLEEP, 3), Onset.GRADUAL,
                Diagnosis.KNEE_OSTEOARTHRITIS, true, Set.of(), List.of(), Map.of(Priority.LOW_COST, 4), Country.UK,
                true, Budget.UNDER_500, true, "physio");
        return new SessionAnswers(profile, null, StepId.CHECK, Mode.SELF, false, new SureAnswers(true, true, true, true),
                Map.of("q1", true), "mine", Map.of(NoteKey.of("options"), "a"), Set.of("a"), List.of("physio"),
                new OutOfPocket.Travel(10, 5, 0), Map.of());
    }

    private static SessionAnswers after() {
        Profile profile = new Profile(Site.LOW_BACK, Side.RIGHT, 20, 3, Map.of(LifeArea.SLEEP, 1),
                Onset.AFTER_INJURY, Diagnosis.SPINAL_STENOSIS, false, Set.of(RedFlag.values()[0]),
                List.of(new PriorTreatment("physio", Outcome.HELPED, 6)), Map.of(Priority.LOW_COST, 1), Country.US,
                false, Budget.UNDER_2000, false, "surgery");
        return new SessionAnswers(profile, null, StepId.CHECK, Mode.SELF, false, new SureAnswers(false, true, true, true),
                Map.of("q1", false), "changed", Map.of(NoteKey.of("options"), "b"), Set.of("b"), List.of("surgery"),
                new OutOfPocket.Travel(20, 5, 0), Map.of());
    }
}
