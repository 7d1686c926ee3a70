package org.secondlook.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secondlook.text.BundleFiles;
import org.secondlook.text.Language;

/** Every bundle key the advice sources use exists, every key in the bundle is used, and every pattern is sound. */
class AdviceTextKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/secondlook/advice");
    /** Keys are dotted lower-camel literals such as "fit.youSaid"; package names are excluded. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");

    private static java.util.Map<Language, Properties> bundles() throws IOException {
        return BundleFiles.of(AdviceText.BUNDLE);
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).startsWith("org.")) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedExistsInEveryLanguageAndEveryKeyIsUsed() throws IOException {
        for (var language : bundles().entrySet()) {
            everyKeyUsedExistsAndEveryKeyIsUsed(language.getKey(), language.getValue());
        }
    }

    private static void everyKeyUsedExistsAndEveryKeyIsUsed(Language language, Properties bundle) throws IOException {
        Set<String> used = keysUsedInSources();
        Set<String> defined = new TreeSet<>(bundle.stringPropertyNames());
        assertTrue(used.size() > 50, "the scan found too few keys: " + used);
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(defined);
        assertEquals(Set.of(), missing, "keys used but not in the " + language + " advice texts");
        Set<String> unused = new TreeSet<>(defined);
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "keys in the " + language + " advice texts that no code uses");
    }

    @Test
    void everyPatternFormatsWithoutLosingApostrophesOrBraces() throws IOException {
        for (Properties bundle : bundles().values()) {
            patternsFormat(bundle);
        }
    }

    private static void patternsFormat(Properties bundle) {
        for (String key : bundle.stringPropertyNames()) {
            String pattern = bundle.getProperty(key);
            String formatted = new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {1, 1, 1, 1});
            long apostrophes = pattern.chars().filter(c -> c == '\'').count();
            assertEquals(apostrophes / 2, formatted.chars().filter(c -> c == '\'').count(), key);
            assertTrue(!formatted.contains("{") && !formatted.contains("}"), key + ": " + formatted);
        }
    }
}
