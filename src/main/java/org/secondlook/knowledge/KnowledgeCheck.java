package org.secondlook.knowledge;

import java.util.List;

/** A true/false question for the "check your decision" step. */
public record KnowledgeCheck(String id, LocalizedText statement, boolean answer, LocalizedText explanation,
        List<String> sources) {

    public KnowledgeCheck {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
