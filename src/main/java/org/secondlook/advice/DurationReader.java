package org.secondlook.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.secondlook.knowledge.BodySite;
import org.secondlook.knowledge.DurationCategory;
import org.secondlook.knowledge.KnowledgeBase;

/** Reads the pain duration against each guideline's duration categories for the painful site. */
final class DurationReader {

    private final KnowledgeBase kb;
    private final AdviceText text;

    DurationReader(KnowledgeBase kb, AdviceText text) {
        this.kb = kb;
        this.text = text;
    }

    PainDuration read(int weeks, Site site) {
        BodySite bodySite = site.bodySite();
        Map<String, List<DurationCategory>> byGuideline = new LinkedHashMap<>();
        for (DurationCategory category : kb.durationCategories()) {
            if (category.site() == bodySite) {
                byGuideline.computeIfAbsent(category.guideline(), g -> new ArrayList<>()).add(category);
            }
        }
        if (byGuideline.isEmpty()) {
            return new PainDuration(weeks, List.of(new DurationReading(null, null, null, null,
                    text.text("duration.noLines"), List.of())));
        }
        List<DurationReading> readings = byGuideline.entrySet().stream()
                .map(e -> reading(e.getKey(), e.getValue(), weeks))
                .toList();
        return new PainDuration(weeks, readings);
    }

    private DurationReading reading(String guideline, List<DurationCategory> categories, int weeks) {
        for (DurationCategory category : categories) {
            if (category.covers(weeks)) {
                String name = category.name().in(text.locale());
                String range = category.range().in(text.locale());
                return new DurationReading(guideline, category.id(), name, range,
                        text.text("duration.inCategory", guideline, name, range), category.sources());
            }
        }
        DurationCategory next = categories.stream()
                .filter(c -> c.fromWeeks() > weeks)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The duration categories of " + guideline
                        + " leave a gap at " + weeks + " weeks"));
        return new DurationReading(guideline, null, null, null, text.text("duration.notYet", guideline,
                next.name().in(text.locale()), next.range().in(text.locale())), next.sources());
    }
}
