package org.secondlook.knowledge;

import java.util.List;

/** How long pain has lasted, as one guideline names it. Guidelines draw the lines differently. */
public record DurationCategory(String id, String guideline, LocalizedText name, LocalizedText range,
        List<String> sources) {

    public DurationCategory {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
