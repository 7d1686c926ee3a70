package org.secondlook.session;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.OutOfPocket;
import org.secondlook.advice.Profile;
import org.secondlook.advice.StepId;
import org.secondlook.advice.SureAnswers;

/**
 * Everything one person (and a clinician, in clinician mode) entered: the one home of their answers. The
 * wizard edits it, the store and session files keep it, and the engine and the printout read it.
 * Unanswered parts are null (or empty collections); {@code profile} is null before the first profile step.
 *
 * @param currentStep      the step to reopen the session at
 * @param painAsGiven      the pain step's numbers as given, shown back in the person's words; null in answers
 *                         saved before format 2
 * @param knowledgeCheck   knowledge-check question id to the answer given
 * @param clinicianNotes   what each clinician's note is about, to the note
 * @param checklist        ids of the checklist items ticked
 * @param comparedOptions  ids of the options the person put side by side; empty means the engine's default set
 * @param travel           travel costs entered for the out-of-pocket estimate; null when none were entered
 * @param expectedSessions sessions the person expects per option id, for the estimate
 */
public record SessionAnswers(
        Profile profile,
        PainAsGiven painAsGiven,
        StepId currentStep,
        Mode mode,
        boolean urgentAcknowledged,
        SureAnswers sure,
        Map<String, Boolean> knowledgeCheck,
        String patientNotes,
        Map<NoteKey, String> clinicianNotes,
        Set<String> checklist,
        List<String> comparedOptions,
        OutOfPocket.Travel travel,
        Map<String, Integer> expectedSessions) {

    public SessionAnswers {
        currentStep = currentStep == null ? StepId.FIRST : currentStep;
        sure = sure == null ? SureAnswers.unanswered() : sure;
        knowledgeCheck = knowledgeCheck == null ? Map.of() : Map.copyOf(knowledgeCheck);
        clinicianNotes = clinicianNotes == null ? Map.of() : Map.copyOf(clinicianNotes);
        checklist = checklist == null ? Set.of() : Set.copyOf(checklist);
        comparedOptions = comparedOptions == null ? List.of() : List.copyOf(comparedOptions);
        expectedSessions = expectedSessions == null ? Map.of() : Map.copyOf(expectedSessions);
    }

    /** A new session's answers: nothing entered yet, at the first step. */
    public static SessionAnswers start(Mode mode) {
        return new SessionAnswers(null, null, StepId.FIRST, mode, false, null, null, null, null, null, null, null, null);
    }

    /**
     * How long the pain has lasted, in the person's words; null when not given. Answers saved before format 2 kept
     * only weeks, given once the pain step was passed: those read in the unit the person would most likely have used.
     */
    public DurationAnswer duration() {
        if (profile == null) {
            return null;
        }
        if (painAsGiven != null) {
            DurationAnswer given = painAsGiven.duration();
            return given == null || given.weeks() == profile.painDurationWeeks() ? given
                    : DurationAnswer.fromWeeks(profile.painDurationWeeks());
        }
        return painStepPassed() ? DurationAnswer.fromWeeks(profile.painDurationWeeks()) : null;
    }

    /** How strong the pain is, 0 to 10; null when not given (see {@link #duration()} for earlier formats). */
    public Integer intensity() {
        if (profile == null) {
            return null;
        }
        if (painAsGiven != null) {
            return painAsGiven.intensity() == null ? null : profile.painIntensity();
        }
        return painStepPassed() ? profile.painIntensity() : null;
    }

    private boolean painStepPassed() {
        return currentStep.compareTo(StepId.PAIN) > 0;
    }

    public SessionAnswers withProfile(Profile newProfile) {
        return new SessionAnswers(newProfile, painAsGiven, currentStep, mode, urgentAcknowledged, sure,
                knowledgeCheck, patientNotes, clinicianNotes, checklist, comparedOptions, travel, expectedSessions);
    }

    public SessionAnswers atStep(StepId step) {
        return new SessionAnswers(profile, painAsGiven, step, mode, urgentAcknowledged, sure, knowledgeCheck,
                patientNotes, clinicianNotes, checklist, comparedOptions, travel, expectedSessions);
    }

    public SessionAnswers withSure(SureAnswers newSure) {
        return new SessionAnswers(profile, painAsGiven, currentStep, mode, urgentAcknowledged, newSure,
                knowledgeCheck, patientNotes, clinicianNotes, checklist, comparedOptions, travel, expectedSessions);
    }

    public SessionAnswers withPatientNotes(String notes) {
        return new SessionAnswers(profile, painAsGiven, currentStep, mode, urgentAcknowledged, sure,
                knowledgeCheck, notes, clinicianNotes, checklist, comparedOptions, travel, expectedSessions);
    }

    public SessionAnswers withClinicianNotes(Map<NoteKey, String> notes) {
        return new SessionAnswers(profile, painAsGiven, currentStep, mode, urgentAcknowledged, sure,
                knowledgeCheck, patientNotes, notes, checklist, comparedOptions, travel, expectedSessions);
    }

    public SessionAnswers withComparedOptions(List<String> compared) {
        return new SessionAnswers(profile, painAsGiven, currentStep, mode, urgentAcknowledged, sure,
                knowledgeCheck, patientNotes, clinicianNotes, checklist, compared, travel, expectedSessions);
    }

    public SessionAnswers withTravel(OutOfPocket.Travel newTravel, Map<String, Integer> sessions) {
        return new SessionAnswers(profile, painAsGiven, currentStep, mode, urgentAcknowledged, sure,
                knowledgeCheck, patientNotes, clinicianNotes, checklist, comparedOptions, newTravel, sessions);
    }
}
