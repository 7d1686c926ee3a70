package org.secondlook.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A price found in a source. Any of min, max and mean may be absent; when all are absent the cost is
 * "not found in our sources". {@code verified} is false for figures not confirmed against an independent source.
 * {@code usualCount} is how many of {@code per} make a usual course in the same sources (3 injections, 1 operation);
 * null when the sources do not say.
 */
public record Cost(
        Region region,
        String currency,
        Double min,
        Double max,
        Double mean,
        Integer usualCount,
        LocalizedText per,
        LocalizedText insurance,
        LocalizedText note,
        Integer sourceYear,
        boolean verified,
        List<String> sources) {

    public Cost {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean hasFigures() {
        return min != null || max != null || mean != null;
    }

    public Optional<Integer> usualCountIfKnown() {
        return Optional.ofNullable(usualCount);
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(sourceYear);
    }
}
