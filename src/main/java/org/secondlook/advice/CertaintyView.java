package org.secondlook.advice;

import java.util.List;
import org.secondlook.knowledge.Certainty;

/** The certainty grade, its standard wording, and the main reason for it from the content. */
public record CertaintyView(Certainty grade, String wording, String reason, List<String> sources) {

    public CertaintyView {
        sources = List.copyOf(sources);
    }
}
