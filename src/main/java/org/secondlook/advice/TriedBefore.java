package org.secondlook.advice;

/** The person tried this option before; {@code weeks} is null when they did not say for how long. */
public record TriedBefore(Outcome outcome, Integer weeks, String sentence) {
}
