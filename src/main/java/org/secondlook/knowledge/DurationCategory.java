package org.secondlook.knowledge;

import java.util.List;

/**
 * How long pain has lasted, as one guideline names it for one site (the back-pain guidelines' lines say nothing
 * about knee pain). Guidelines draw the lines differently.
 * The category covers durations from {@code fromWeeks} (inclusive) up to {@code toWeeks}
 * (exclusive; null = no upper end). "3 months" is taken as 13 weeks.
 */
public record DurationCategory(String id, BodySite site, String guideline, LocalizedText name, LocalizedText range,
        int fromWeeks, Integer toWeeks, List<String> sources) {

    public DurationCategory {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public boolean covers(int weeks) {
        return weeks >= fromWeeks && (toWeeks == null || weeks < toWeeks);
    }
}
