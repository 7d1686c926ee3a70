package org.secondlook.knowledge;

import java.util.Locale;

/**
 * Counts the syllables of a Spanish word by its vowel nuclei, as Spanish is spoken: a strong vowel (a, e, o) next to
 * a weak one (i, u, ü, or y at the end of a group) makes one syllable (diphthong: "ciu-dad", "hay", "buey"); two strong
 * vowels, or a weak vowel with an accent (í, ú), make two (hiatus: "po-e-ta", "dí-a", "ba-úl"); the u of que, qui,
 * gue and gui is silent ("que-so", "gui-ta-rra"), the ü of güe and güi is not ("pin-güi-no").
 */
final class SpanishSyllables {

    private SpanishSyllables() {
    }

    /** The number of syllables in {@code word}; at least 1, so an abbreviation or a symbol still counts as spoken. */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int syllables = 0;
        char previous = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
            if (!isVowel(w, i, next)) {
                previous = 0;
                continue;
            }
            if (previous == 0 || splits(previous, c)) {
                syllables++;
            }
            previous = c;
        }
        return Math.max(1, syllables);
    }

    /** Whether the letter at {@code i} is sounded as a vowel. */
    private static boolean isVowel(String w, int i, char next) {
        char c = w.charAt(i);
        if (c == 'u' && i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g') && isFront(next)) {
            return false;
        }
        if (c == 'y') {
            // "y" alone, or closing a vowel group ("hay", "muy"), is a vowel; before a vowel ("ayuda") a consonant.
            return next == 0 || "aeiouáéíóúü".indexOf(next) < 0;
        }
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }

    private static boolean isFront(char c) {
        return c == 'e' || c == 'i' || c == 'é' || c == 'í';
    }

    /** Whether two vowels side by side are said in two syllables (hiatus) rather than one (diphthong). */
    private static boolean splits(char first, char second) {
        return isStrong(first) && isStrong(second) || isStressedWeak(first) || isStressedWeak(second);
    }

    private static boolean isStrong(char c) {
        return "aeoáéó".indexOf(c) >= 0;
    }

    private static boolean isStressedWeak(char c) {
        return c == 'í' || c == 'ú';
    }
}
