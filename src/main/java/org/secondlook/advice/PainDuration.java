package org.secondlook.advice;

import java.util.List;

/** How long the pain has lasted, read against each guideline's lines (they draw them differently). */
public record PainDuration(int weeks, List<DurationReading> byGuideline) {

    public PainDuration {
        byGuideline = List.copyOf(byGuideline);
    }
}
