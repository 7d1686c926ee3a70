package org.secondlook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.Region;
import org.secondlook.knowledge.Verdict;
import org.secondlook.session.Mode;
import org.secondlook.text.BundleFiles;

/**
 * Every key the report code uses, literally or as a prefix plus an enum name, is in every language's summary texts or
 * its shared terms.
 */
class SummaryTextKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/org/secondlook/report");
    private static final Pattern KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z]+)+\\.?)\"");

    @Test
    void everyKeyUsedExistsInEveryLanguage() throws IOException {
        for (var language : BundleFiles.withTerms(SummaryText.BUNDLE).entrySet()) {
            everyKeyUsedExists(language.getKey().name(), language.getValue());
        }
    }

    private static void everyKeyUsedExists(String language, Properties bundle) throws IOException {
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!matcher.group(1).startsWith("org.")) {
                        literals.add(matcher.group(1));
                    }
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String key : literals) {
            if (key.endsWith(".")) {
                assertTrue(PREFIXES.contains(key), "prefix " + key + " is not checked by this test");
            } else if (!bundle.containsKey(key)) {
                missing.add(key);
            }
        }
        for (String prefix : PREFIXES) {
            for (Enum<?> value : enumFor(prefix)) {
                if (!bundle.containsKey(prefix + value.name())) {
                    missing.add(prefix + value.name());
                }
            }
        }
        for (int rating = Priority.MIN_RATING; rating <= Priority.MAX_RATING; rating++) {
            if (!bundle.containsKey("rating." + rating)) {
                missing.add("rating." + rating);
            }
        }
        assertTrue(bundle.containsKey("mode.PROFILE"));
        assertEquals(List.of(), missing, "keys missing from the " + language + " summary texts and shared terms");
        assertTrue(literals.size() > 50, "the scan found the keys: " + literals.size());
    }

    private static final Set<String> PREFIXES = Set.of("mode.", "category.", "region.", "verdict.", "priority.",
            "site.", "side.", "outcome.", "rating.");

    private static List<? extends Enum<?>> enumFor(String prefix) {
        return switch (prefix) {
            case "mode." -> List.of(Mode.values());
            case "category." -> List.of(Category.values());
            case "region." -> List.of(Region.values());
            case "verdict." -> List.of(Verdict.values());
            case "priority." -> List.of(Priority.values());
            case "site." -> List.of(Site.values());
            case "side." -> List.of(Side.values());
            case "outcome." -> List.of(Outcome.values());
            default -> List.of();
        };
    }

}
