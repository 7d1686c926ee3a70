package org.secondlook.knowledge;

import java.util.List;

/** A question the ISSCR suggests asking a clinic that offers stem cells. */
public record IsscrQuestion(String id, LocalizedText question, List<String> sources) {

    public IsscrQuestion {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
