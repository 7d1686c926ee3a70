package org.secondlook.advice;

import java.util.Locale;
import org.secondlook.knowledge.LocalizedText;

/**
 * What a cost's insurance text says about cover. The content has this only as free text, so the English text is
 * read for the two statements the engine repeats; anything else is shown as the content words it.
 */
enum InsuranceStance {
    EXPERIMENTAL_NOT_COVERED,
    NOT_COVERED,
    UNSTATED;

    static InsuranceStance of(LocalizedText insurance) {
        if (insurance == null) {
            return UNSTATED;
        }
        String english = insurance.english().toLowerCase(Locale.ROOT);
        boolean notCovered = english.contains("not cover");
        if (notCovered && english.contains("experimental")) {
            return EXPERIMENTAL_NOT_COVERED;
        }
        return notCovered ? NOT_COVERED : UNSTATED;
    }
}
