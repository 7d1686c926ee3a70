package org.secondlook.report;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The language of a passage typed in another script than the summary's, so that a screen reader switches voice:
 * judged by the script of most of its letters, and only for scripts written mainly in one language. Latin and
 * Cyrillic text, which could be in many languages, gets no language of its own.
 */
final class PassageLanguage {

    private static final Map<UnicodeScript, String> LANGUAGES = new EnumMap<>(Map.of(
            UnicodeScript.ARABIC, "ar", UnicodeScript.HEBREW, "he", UnicodeScript.GREEK, "el",
            UnicodeScript.HAN, "zh", UnicodeScript.HIRAGANA, "ja", UnicodeScript.KATAKANA, "ja",
            UnicodeScript.HANGUL, "ko", UnicodeScript.THAI, "th", UnicodeScript.ARMENIAN, "hy",
            UnicodeScript.GEORGIAN, "ka"));

    private PassageLanguage() {
    }

    static Optional<String> of(String passage, Locale summary) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        passage.codePoints().filter(Character::isLetter)
                .forEach(c -> letters.merge(UnicodeScript.of(c), 1, Integer::sum));
        int total = letters.values().stream().mapToInt(Integer::intValue).sum();
        int kana = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
        return letters.entrySet().stream()
                .filter(e -> e.getValue() * 2 > total)
                .map(e -> e.getKey() == UnicodeScript.HAN && kana > 0 ? "ja" : LANGUAGES.get(e.getKey()))
                .filter(language -> language != null && !language.equals(summary.getLanguage()))
                .findFirst();
    }
}
