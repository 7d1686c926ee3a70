package org.secondlook.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondlook.advice.Profile;

/**
 * Everything the person (and a clinician, in clinician mode) entered, step by step.
 * Unanswered parts are null (or empty collections); {@code profile} is null before the first profile step.
 *
 * @param currentStep     id of the step to reopen the session at
 * @param knowledgeCheck  knowledge-check question id to the answer given
 * @param clinicianNotes  step id to the clinician's note for that step
 * @param checklist       ids of the checklist items ticked
 * @param comparedOptions ids of the options put side by side, in the order chosen
 * @param travelCosts     null when the travel step was skipped
 */
public record SessionAnswers(
        Profile profile,
        String currentStep,
        Mode mode,
        boolean urgentAcknowledged,
        SureAnswers sure,
        Map<String, Boolean> knowledgeCheck,
        String patientNotes,
        Map<String, String> clinicianNotes,
        Set<String> checklist,
        List<String> comparedOptions,
        TravelCosts travelCosts) {

    public static final String FIRST_STEP = "welcome";

    public SessionAnswers {
        sure = sure == null ? SureAnswers.unanswered() : sure;
        knowledgeCheck = knowledgeCheck == null ? Map.of() : Map.copyOf(knowledgeCheck);
        clinicianNotes = clinicianNotes == null ? Map.of() : Map.copyOf(clinicianNotes);
        checklist = checklist == null ? Set.of() : Set.copyOf(checklist);
        comparedOptions = comparedOptions == null ? List.of() : List.copyOf(comparedOptions);
    }

    /** A new session's answers: nothing entered yet, at the first step. */
    public static SessionAnswers start(Mode mode) {
        return new SessionAnswers(null, FIRST_STEP, mode, false, null, null, null, null, null, null, null);
    }

    public SessionAnswers withProfile(Profile newProfile) {
        return new SessionAnswers(newProfile, currentStep, mode, urgentAcknowledged, sure, knowledgeCheck,
                patientNotes, clinicianNotes, checklist, comparedOptions, travelCosts);
    }

    public SessionAnswers atStep(String step) {
        return new SessionAnswers(profile, step, mode, urgentAcknowledged, sure, knowledgeCheck,
                patientNotes, clinicianNotes, checklist, comparedOptions, travelCosts);
    }

    public SessionAnswers withSure(SureAnswers newSure) {
        return new SessionAnswers(profile, currentStep, mode, urgentAcknowledged, newSure, knowledgeCheck,
                patientNotes, clinicianNotes, checklist, comparedOptions, travelCosts);
    }

    public SessionAnswers withPatientNotes(String notes) {
        return new SessionAnswers(profile, currentStep, mode, urgentAcknowledged, sure, knowledgeCheck,
                notes, clinicianNotes, checklist, comparedOptions, travelCosts);
    }
}
