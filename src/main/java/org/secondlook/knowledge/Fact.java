package org.secondlook.knowledge;

import java.util.List;

/**
 * One statement shown to the patient, with the sources behind it.
 * {@code unconfirmed} marks statements not yet checked against a source; they never carry numbers.
 */
public record Fact(LocalizedText text, List<String> sources, boolean unconfirmed) {

    public Fact {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
