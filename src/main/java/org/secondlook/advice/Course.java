package org.secondlook.advice;

import java.util.List;
import java.util.Objects;
import org.secondlook.knowledge.Cost;

/**
 * The price of a usual course from the priced cost lines of one option: each line's price of one {@code per} times
 * its usual count. {@code high} is null when a line gives no top price; a line without a usual count counts once,
 * and {@code countUnknown} says so, because a course may then take more.
 */
record Course(List<Part> parts, double low, Double high, boolean countUnknown) {

    /** One cost line's contribution: the price of one {@code per} (a mean counts as both ends) and the usual count. */
    record Part(Cost cost, double unitLow, Double unitHigh, Integer count) {
    }

    /** @param priced cost lines with figures, all in one currency */
    static Course of(List<Cost> priced) {
        List<Part> parts = priced.stream().map(Course::part).toList();
        double low = parts.stream().mapToDouble(p -> p.unitLow() * times(p)).min().orElseThrow();
        boolean topKnown = parts.stream().allMatch(p -> p.unitHigh() != null);
        Double high = topKnown ? parts.stream().mapToDouble(p -> p.unitHigh() * times(p)).max().orElseThrow() : null;
        return new Course(parts, low, high, parts.stream().anyMatch(p -> p.count() == null));
    }

    private static Part part(Cost cost) {
        Double low = cost.min() != null ? cost.min() : cost.mean();
        Double high = cost.max() != null ? cost.max() : cost.mean();
        // Only a top price: the course costs at most that, and nothing is known about its lowest price.
        return new Part(cost, Objects.requireNonNullElse(low, 0.0), high, cost.usualCount());
    }

    private static int times(Part part) {
        return part.count() == null ? 1 : part.count();
    }
}
