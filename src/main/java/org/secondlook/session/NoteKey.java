package org.secondlook.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.secondlook.advice.StepId;

/**
 * What a clinician's note is about: a step, or one option in the comparison. Stored as the step's id
 * ("pain") or "option:" and the option's id, so notes written by earlier versions read the same.
 *
 * @param optionId null for a note about a whole step
 */
public record NoteKey(StepId step, String optionId) {

    private static final String OPTION_PREFIX = "option:";

    public NoteKey {
        if (step == null) {
            throw new IllegalArgumentException("A note belongs to a step");
        }
        if (optionId != null && step != StepId.OPTIONS) {
            throw new IllegalArgumentException("Notes about an option belong to the options step");
        }
    }

    public static NoteKey step(StepId step) {
        return new NoteKey(step, null);
    }

    public static NoteKey option(String optionId) {
        return new NoteKey(StepId.OPTIONS, optionId);
    }

    @JsonCreator
    public static NoteKey of(String stored) {
        return stored.startsWith(OPTION_PREFIX) ? option(stored.substring(OPTION_PREFIX.length()))
                : step(StepId.of(stored));
    }

    @Override
    public String toString() {
        return optionId == null ? step.id() : OPTION_PREFIX + optionId;
    }
}
