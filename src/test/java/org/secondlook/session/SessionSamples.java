package org.secondlook.session;

import org.secondlook.advice.OutOfPocket;
import org.secondlook.advice.StepId;
import org.secondlook.advice.SureAnswers;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.ProfileRules;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;

/** Realistic answers for tests. */
final class SessionSamples {

    static final String CONTENT = "2026.1";
    /** The rules every imported profile passes, from the built-in content. */
    static final ProfileRules RULES = rules();

    private SessionSamples() {
    }

    static Profile kneeProfile(int pain, String leaning) {
        return new Profile(Site.KNEE, Side.LEFT, 52, pain,
                Map.of(LifeArea.SLEEP, 2, LifeArea.WORK, 3), Onset.GRADUAL, Diagnosis.KNEE_OSTEOARTHRITIS, true,
                Set.of(), List.of(new PriorTreatment("exercise-therapy", Outcome.PARTLY, 8)),
                Map.of(Priority.AVOID_SURGERY, 4, Priority.LOW_COST, 2), Country.UK, true, Budget.UNDER_2000,
                false, leaning);
    }

    static Profile backProfile(int pain) {
        return new Profile(Site.LOW_BACK, Side.CENTRE, 20, pain, Map.of(LifeArea.DAILY_LIFE, 1), Onset.AFTER_INJURY,
                Diagnosis.SPINAL_STENOSIS, false, Set.of(), List.of(), Map.of(Priority.FAST_RELIEF, 3),
                Country.US, false, Budget.UNDER_500, true, null);
    }

    static SessionAnswers full(Profile profile) {
        return new SessionAnswers(profile, null, StepId.CHECK, Mode.CLINICIAN, true,
                new SureAnswers(true, true, false, true),
                Map.of("q1", true, "q2", false), "Worried about time off work.\nAsk about \"injections\".",
                Map.of(NoteKey.of("options"), "Discussed physio first"), Set.of("bring-scans", "ask-costs"),
                List.of("physio", "knee-replacement"), new OutOfPocket.Travel(30, 25, 0), Map.of());
    }

    static SessionAnswers full() {
        return full(kneeProfile(6, "exercise-therapy"));
    }

    private static ProfileRules rules() {
        try {
            return new ProfileRules(KnowledgeLoader.loadBuiltIn());
        } catch (KnowledgeException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Notes that carry a save's sequence number on their first line, for tests that count saves. */
    static String counted(long n, String rest) {
        return "save " + n + "\n" + rest;
    }

    /** The sequence number written by {@link #counted}. */
    static String counter(SessionAnswers answers) {
        return answers.patientNotes().lines().findFirst().orElseThrow().substring("save ".length());
    }
}
