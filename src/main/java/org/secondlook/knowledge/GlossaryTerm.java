package org.secondlook.knowledge;

import java.util.List;

/** A technical word or abbreviation and its plain meaning. Aliases are other spellings found in text (e.g. plurals). */
public record GlossaryTerm(String id, LocalizedText term, List<String> aliases, LocalizedText definition) {

    public GlossaryTerm {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
