package org.secondlook.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.Source;

/** Short citations ("Source: S1 NICE NG59 ...") under every fact. */
public final class Sources {

    private Sources() {
    }

    public static String cite(KnowledgeBase knowledge, List<String> ids, Messages messages) {
        if (ids.isEmpty()) {
            return messages.get("source.none");
        }
        String list = ids.stream()
                .map(id -> knowledge.source(id)
                        .map(source -> shortCitation(source) + (source.lowQuality() ? " " + messages.get("source.lowQuality") : ""))
                        .orElse(id))
                .collect(Collectors.joining("; "));
        return messages.format("source.list", list);
    }

    private static String shortCitation(Source source) {
        String citation = source.citation();
        int end = citation.indexOf('.', 20);
        String shortened = end > 0 && end < 90 ? citation.substring(0, end) : citation;
        return "[" + source.id() + "] " + shortened;
    }
}
