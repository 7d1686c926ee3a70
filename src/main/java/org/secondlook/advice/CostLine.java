package org.secondlook.advice;

import java.util.List;
import org.secondlook.knowledge.Region;

/**
 * One price from the sources. Amounts are null when the source does not give them. {@code lowQualitySource} is true
 * when any source behind the price is marked low quality; {@code verified} false when not confirmed independently.
 */
public record CostLine(Region region, boolean yourRegion, String currency, Double min, Double max, Double mean,
        String per, String insurance, boolean verified, boolean lowQualitySource, Integer year,
        List<String> sources) {

    public CostLine {
        sources = List.copyOf(sources);
    }
}
