package org.secondlook.knowledge;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How hard a text is to read, by the usual scale for its language: the Flesch-Kincaid grade for English (a school
 * grade; lower is easier; IPDAS asks for grade 8 or below) and the INFLESZ scale for Spanish (the Szigriszt-Pazos
 * formula, 0 to 100; higher is easier; 55 or more is "normal" or easier).
 */
public enum ReadingScale {

    FLESCH_KINCAID("en", "Flesch-Kincaid grade", 8.0) {
        @Override
        public ReadingLevel.Counts count(String text) {
            return ReadingLevel.count(text);
        }

        @Override
        public double score(ReadingLevel.Counts counts) {
            return counts.grade();
        }

        @Override
        public boolean tooHard(double score) {
            return score > limit();
        }
    },

    INFLESZ("es", "INFLESZ", 55.0) {
        @Override
        public ReadingLevel.Counts count(String text) {
            int words = 0;
            int syllables = 0;
            Matcher word = SPANISH_WORD.matcher(text);
            while (word.find()) {
                words++;
                // A number is read out as a word of about two syllables ("cin-co", "vein-te", "cien").
                syllables += Character.isDigit(word.group().charAt(0)) ? 2 : SpanishSyllables.count(word.group());
            }
            return new ReadingLevel.Counts(words, ReadingLevel.sentences(text, words), syllables);
        }

        /** Szigriszt-Pazos: 206.835 - 62.3 (syllables / words) - (words / sentences). */
        @Override
        public double score(ReadingLevel.Counts counts) {
            if (counts.words() == 0) {
                return 100;
            }
            return 206.835 - 62.3 * counts.syllables() / counts.words()
                    - (double) counts.words() / Math.max(1, counts.sentences());
        }

        @Override
        public boolean tooHard(double score) {
            return score < limit();
        }
    };

    /** A word: letters (accented ones too) or digits, joined by an apostrophe, hyphen, slash, comma or point inside. */
    private static final Pattern SPANISH_WORD = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}'’.,/-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");

    private final String language;
    private final String scaleName;
    private final double limit;

    ReadingScale(String language, String scaleName, double limit) {
        this.language = language;
        this.scaleName = scaleName;
        this.limit = limit;
    }

    /** The scale for a language tag ("en", "es"), if Second Look measures that language. */
    public static Optional<ReadingScale> forLanguage(String tag) {
        for (ReadingScale scale : values()) {
            if (scale.language.equals(tag.toLowerCase(Locale.ROOT))) {
                return Optional.of(scale);
            }
        }
        return Optional.empty();
    }

    public abstract ReadingLevel.Counts count(String text);

    public abstract double score(ReadingLevel.Counts counts);

    /** Whether a text with this score is harder than patient text may be. */
    public abstract boolean tooHard(double score);

    /** The hardest score patient text may have: grade 8 (Flesch-Kincaid), 55 (INFLESZ). */
    public double limit() {
        return limit;
    }

    public String language() {
        return language;
    }

    /** Says a score and the limit it breaks: "INFLESZ 48.2, below 55". */
    public String describe(double score) {
        return String.format(Locale.ROOT, "%s %.1f, %s %.0f", scaleName, score, this == INFLESZ ? "below" : "above", limit);
    }
}
