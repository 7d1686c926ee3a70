package org.secondlook.session;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import org.secondlook.advice.StepId;
import org.secondlook.text.Phrase;

/**
 * The versions of the stored answers JSON and the explicit step from each to the next. Format 1 (before
 * December 2026) had no "format" field and an unused "travelCosts" object (always null); format 2 adds the
 * duration as entered, the travel costs and sessions for the estimate, and says its format.
 */
final class AnswersFormat {

    static final String FIELD = "format";
    static final int CURRENT = 2;

    private AnswersFormat() {
    }

    /** Upgrades {@code answers} in place to {@link #CURRENT} and removes the format field, ready to bind. */
    static ObjectNode upgrade(ObjectNode answers) {
        int format = answers.has(FIELD) ? answers.get(FIELD).asInt(-1) : 1;
        if (format < 1) {
            throw new IllegalArgumentException("the answers' 'format' must be a whole number from 1 to " + CURRENT);
        }
        if (format > CURRENT) {
            throw new NewerFormatException(format, CURRENT);
        }
        if (format == 1) {
            fromFormat1(answers);
        }
        answers.remove(FIELD);
        return answers;
    }

    /** Stamps answers written now with the current format, as the first field. */
    static ObjectNode stamp(ObjectNode answers) {
        ObjectNode stamped = answers.objectNode();
        stamped.put(FIELD, CURRENT);
        stamped.setAll(answers);
        return stamped;
    }

    private static void fromFormat1(ObjectNode answers) {
        answers.remove("travelCosts");
        String step = answers.path("currentStep").asText(null);
        if (step != null && Arrays.stream(StepId.values()).map(StepId::id).noneMatch(step::equals)) {
            // Format 1 accepted any text here; a step that does not exist reopens at the start, answers kept.
            answers.put("currentStep", StepId.FIRST.id());
        }
    }

    /** Answers written by a later version of Second Look, which this one cannot read without losing some. */
    static final class NewerFormatException extends IllegalArgumentException {

        private final transient Phrase phrase;

        NewerFormatException(int found, int known) {
            this(StoreFailures.phrase("answers.newer", String.valueOf(found), String.valueOf(known)));
        }

        private NewerFormatException(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        Phrase phrase() {
            return phrase;
        }
    }
}
