package org.secondlook.knowledge;

import java.util.List;

/**
 * A result given in the source as a percentage of people, ready for a 100-icon array.
 * {@code comparison} is null when the source gives no comparison group.
 */
public record OutOf100(
        LocalizedText label,
        OutcomeKind outcome,
        LocalizedText population,
        double treated,
        LocalizedText treatedGroup,
        Double comparison,
        LocalizedText comparisonGroup,
        LocalizedText timeFrame,
        List<String> sources) {

    public OutOf100 {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
