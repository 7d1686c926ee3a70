package org.secondlook.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.report.SummaryModel.SourceEntry;

/** Marks statements with their source ids ("[S14, S22]") and remembers every source cited, in order of first use. */
final class Citations {

    private final Set<String> cited = new LinkedHashSet<>();

    String cite(String statement, List<String> sourceIds) {
        if (sourceIds.isEmpty()) {
            return statement;
        }
        cited.addAll(sourceIds);
        return statement + " [" + String.join(", ", sourceIds) + "]";
    }

    List<SourceEntry> entries(KnowledgeBase kb, SummaryText text) {
        List<SourceEntry> entries = new ArrayList<>();
        for (String id : cited) {
            entries.add(kb.source(id)
                    .map(s -> new SourceEntry(id, s.lowQuality()
                            ? s.citation() + " " + text.text("sources.lowQuality") : s.citation()))
                    .orElseGet(() -> new SourceEntry(id, text.text("sources.unknown", id))));
        }
        return entries;
    }
}
