package org.secondlook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secondlook.knowledge.ReadingLevel;
import org.secondlook.knowledge.ReadingScale;

/**
 * Every bundle is complete in every language: the same keys, nothing left in English, the same values filled in,
 * and Spanish patient text at INFLESZ 55 or easier. The app reads only the chosen language's file, so a gap here
 * would be an error on screen.
 */
class TranslationsTest {

    /** The command line's --help texts: picocli patterns ({@code %n}, {@code ${DEFAULT-VALUE}}), not MessageFormat. */
    private static final String USAGE = "org.secondlook.app.cli.usage";
    private static final String[] BUNDLES = {"org.secondlook.ui.messages", "org.secondlook.report.summary",
            "org.secondlook.advice.advice", "org.secondlook.text.terms", "org.secondlook.session.failures",
            "org.secondlook.app.cli.cli", USAGE};
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]*}|%n");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Words written alike in every language: the app's name, a paper size, "No", and the SURE test's name. */
    private static final Set<String> SAME_IN_EVERY_LANGUAGE = Set.of("Second", "Look", "No", "SURE");
    /** A command-line option such as {@code --profile}: typed alike in every language. */
    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

    @ParameterizedTest
    @ValueSource(strings = {"org.secondlook.ui.messages", "org.secondlook.report.summary", "org.secondlook.advice.advice",
            "org.secondlook.session.failures", "org.secondlook.app.cli.cli",
            "org.secondlook.text.terms", USAGE})
    void everyLanguageHasEveryKeyTranslatedWithTheSameValuesFilledIn(String bundle) throws IOException {
        Map<Language, Properties> files = BundleFiles.of(bundle);
        Properties english = files.get(Language.ENGLISH);
        for (Language language : Language.values()) {
            Properties texts = files.get(language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(texts.stringPropertyNames()),
                    bundle + ": the keys of " + language + " differ from English");
            if (language == Language.ENGLISH) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            for (String key : english.stringPropertyNames()) {
                String source = english.getProperty(key);
                String translated = texts.getProperty(key);
                if (translated.equals(source) && WORD.matcher(OPTION.matcher(source).replaceAll("")).results()
                        .anyMatch(word -> !SAME_IN_EVERY_LANGUAGE.contains(word.group()))) {
                    problems.add(key + " is still in English: " + source);
                }
                if (!arguments(translated).equals(arguments(source))) {
                    problems.add(key + " fills in " + arguments(translated) + ", English " + arguments(source));
                }
                if (bundle.equals(USAGE)) {
                    if (!VARIABLE.matcher(translated).results().map(MatchResult::group).toList()
                            .equals(VARIABLE.matcher(source).results().map(MatchResult::group).toList())) {
                        problems.add(key + " does not keep the variables and line breaks of English: " + translated);
                    }
                    continue;
                }
                String formatted = new MessageFormat(translated, language.locale(Locale.ROOT))
                        .format(new Object[] {1, 2, 3, 4, 5, 6, 7, 8});
                if (formatted.contains("{") || formatted.contains("}")) {
                    problems.add(key + " does not format: " + formatted);
                }
            }
            assertEquals(List.of(), problems, bundle + " in " + language);
        }
    }

    @Test
    void spanishPatientTextIsNormalOrEasierOnTheInfleszScale() throws IOException {
        ReadingLevel.Counts all = new ReadingLevel.Counts(0, 0, 0);
        List<String> hard = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties spanish = BundleFiles.of(bundle).get(Language.SPANISH);
            for (String key : new TreeSet<>(spanish.stringPropertyNames())) {
                if (key.startsWith("profile.")) {
                    continue; // messages about a profile file, for whoever writes one, not patient text
                }
                String text = readable(spanish.getProperty(key));
                ReadingLevel.Counts counts = ReadingScale.INFLESZ.count(text);
                all = all.plus(counts);
                double score = ReadingScale.INFLESZ.score(counts);
                if (counts.words() >= 15 && ReadingScale.INFLESZ.tooHard(score)) {
                    hard.add(bundle + " " + key + ": " + ReadingScale.INFLESZ.describe(score) + ": " + text);
                }
            }
        }
        double score = ReadingScale.INFLESZ.score(all);
        System.out.printf(Locale.ROOT, "INFLESZ of the Spanish bundles' patient text: %.1f (%d words)%n", score, all.words());
        assertEquals(List.of(), hard);
        assertTrue(!ReadingScale.INFLESZ.tooHard(score), ReadingScale.INFLESZ.describe(score));
    }

    /** The words a person reads: values to fill in and choice formats reduced to a placeholder word. */
    private static String readable(String pattern) {
        return pattern.replaceAll("\\{\\d+,choice,[^}]*\\}[^}]*\\}?", "algo").replaceAll("\\{\\d+[^}]*\\}", "algo")
                .replace("_", "");
    }

    private static Set<String> arguments(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }
}
