package org.secondlook.session;

import org.secondlook.advice.DurationAnswer;

/**
 * The pain step's numbers exactly as the person gave them, each null until given: the duration in their own unit
 * ("3 years") and the intensity. The profile holds what the engine reads; this says what was really answered.
 */
public record PainAsGiven(DurationAnswer duration, Integer intensity) {
}
