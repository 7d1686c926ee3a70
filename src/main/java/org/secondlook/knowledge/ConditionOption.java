package org.secondlook.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * How one option stands for one condition: guidelines, certainty, benefit, harms, numbers and costs.
 * {@code sessions}, when given, is the usual number of sessions for this condition, in place of the option's own.
 */
public record ConditionOption(
        String option,
        Category category,
        List<GuidelinePosition> guidelines,
        CertaintyAssessment certainty,
        Fact benefit,
        Fact harms,
        List<OutOf100> outOf100,
        List<MeanResult> meanResults,
        List<Cost> costs,
        Fact sessions) {

    public ConditionOption {
        guidelines = guidelines == null ? List.of() : List.copyOf(guidelines);
        outOf100 = outOf100 == null ? List.of() : List.copyOf(outOf100);
        meanResults = meanResults == null ? List.of() : List.copyOf(meanResults);
        costs = costs == null ? List.of() : List.copyOf(costs);
    }

    /** Empty means "not in our sources". */
    public Optional<Fact> benefitIfKnown() {
        return Optional.ofNullable(benefit);
    }

    /** Empty means "not in our sources". */
    public Optional<Fact> harmsIfKnown() {
        return Optional.ofNullable(harms);
    }
}
