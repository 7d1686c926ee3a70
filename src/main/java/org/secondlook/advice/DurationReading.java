package org.secondlook.advice;

import java.util.List;

/**
 * Where the pain falls by one guideline. {@code categoryId}, {@code categoryName} and {@code range} are null when
 * none of the guideline's categories applies yet (e.g. not yet "chronic" by NICE's line of 3 months); all but the
 * sentence are null when no guideline in the content draws lines for the site (knee pain).
 */
public record DurationReading(String guideline, String categoryId, String categoryName, String range,
        String sentence, List<String> sources) {

    public DurationReading {
        sources = List.copyOf(sources);
    }
}
