package org.secondlook.knowledge;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Map;

/** Patient-facing text in one or more languages, keyed by language tag; English is always the fallback. */
public record LocalizedText(Map<String, String> byLanguage) {

    public static final String FALLBACK_LANGUAGE = "en";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public LocalizedText {
        byLanguage = byLanguage == null ? Map.of() : Map.copyOf(byLanguage);
    }

    @JsonValue
    public Map<String, String> byLanguage() {
        return byLanguage;
    }

    /** The text for the locale's language, or the English text when there is no translation. */
    public String in(Locale locale) {
        String translated = byLanguage.get(locale.getLanguage());
        return translated == null || translated.isBlank() ? english() : translated;
    }

    public String english() {
        return byLanguage.getOrDefault(FALLBACK_LANGUAGE, "");
    }

    @Override
    public String toString() {
        return english();
    }
}
