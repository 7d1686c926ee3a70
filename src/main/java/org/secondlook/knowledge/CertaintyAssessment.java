package org.secondlook.knowledge;

/** A certainty grade and the main reason for it, in plain words. */
public record CertaintyAssessment(Certainty grade, Fact reason) {
}
