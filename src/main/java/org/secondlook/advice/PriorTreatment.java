package org.secondlook.advice;

import java.util.Objects;

/**
 * A treatment the person already tried.
 *
 * @param option  the knowledge-base option id
 * @param outcome how it went
 * @param weeks   roughly how long it was tried, or null if not given
 */
public record PriorTreatment(String option, Outcome outcome, Integer weeks) {
    public PriorTreatment {
        Objects.requireNonNull(option, "option");
        Objects.requireNonNull(outcome, "outcome");
    }
}
