package org.secondlook.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A technical word or abbreviation and its plain meaning. {@code aliases} are other spellings found in English text
 * (plurals, short forms) and abbreviations; {@code aliasesByLanguage} are the spellings found in another language's
 * text ("es": "artroscopia", "células madre").
 */
public record GlossaryTerm(String id, LocalizedText term, List<String> aliases,
        Map<String, List<String>> aliasesByLanguage, LocalizedText definition) {

    public GlossaryTerm {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        aliasesByLanguage = aliasesByLanguage == null ? Map.of() : Map.copyOf(aliasesByLanguage);
    }

    /**
     * The spellings that link to this term in a text in {@code language} ("en", "es"): the id and the aliases, which
     * hold the abbreviations every language writes alike, and that language's own aliases.
     */
    public List<String> spellings(String language) {
        List<String> spellings = new ArrayList<>();
        spellings.add(id);
        spellings.addAll(aliases);
        spellings.addAll(aliasesByLanguage.getOrDefault(language, List.of()));
        return spellings;
    }
}
