package org.secondlook.knowledge;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of English text (see {@link ReadingScale} for every language): 0.39 (words / sentences) + 11.8 (syllables / words) - 15.59.
 * Syllables are counted by vowel groups, which is the usual approximation; a number counts as one word of one syllable.
 */
public final class ReadingLevel {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’.,/-]*[A-Za-z0-9]|[A-Za-z0-9]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(\\s|$)");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    /** The counts behind a grade, so several texts can be combined. */
    public record Counts(int words, int sentences, int syllables) {

        public Counts plus(Counts other) {
            return new Counts(words + other.words, sentences + other.sentences, syllables + other.syllables);
        }

        public double grade() {
            if (words == 0) {
                return 0;
            }
            return 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / words - 15.59;
        }
    }

    public static double grade(String text) {
        return count(text).grade();
    }

    public static Counts count(String text) {
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        return new Counts(words, sentences(text, words), syllables);
    }

    /** Sentences end in ".", "!" or "?"; text of some words without an end is one sentence. */
    static int sentences(String text, int words) {
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(text.strip());
        while (end.find()) {
            sentences++;
        }
        return Math.max(words == 0 ? 0 : 1, sentences);
    }

    static int syllables(String word) {
        String letters = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (letters.isEmpty()) {
            return 1;
        }
        int groups = 0;
        Matcher vowels = VOWEL_GROUP.matcher(letters);
        while (vowels.find()) {
            groups++;
        }
        if (letters.length() > 2 && letters.endsWith("e") && !letters.endsWith("le") && !letters.endsWith("ee")) {
            groups--;
        }
        if (letters.length() > 3 && letters.endsWith("ed") && !letters.endsWith("ted") && !letters.endsWith("ded")) {
            groups--;
        }
        return Math.max(1, groups);
    }

    private ReadingLevel() {
    }
}
