package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.FitRelation;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.advice.StepId;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.Certainty;
import org.secondlook.knowledge.Invasiveness;
import org.secondlook.knowledge.Region;
import org.secondlook.knowledge.Regulator;
import org.secondlook.knowledge.Scale;
import org.secondlook.knowledge.Verdict;
import org.secondlook.report.PaperSize;
import org.secondlook.report.print.PrintProblem;
import org.secondlook.session.SessionStatus;
import org.secondlook.text.BundleFiles;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Messages;

/**
 * Every text key the window uses, written out or built at run time (a prefix and an enum constant, a step id, a
 * rating), exists in every language's file (or that language's shared terms), and the language files agree.
 */
class MessagesConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/secondlook/ui");
    private static final Pattern LITERAL_KEY = Pattern.compile("messages\\.(?:get|format)\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");
    /** A key built at run time: {@code messages.of("prefix", constant)} or {@code "prefix." + something}. */
    /**
     * A sentence the session layer or the command line names by key: {@code phrase("key"}, {@code say("key"},
     * {@code new SomeException("key"} or {@code new BadInput("key"}, also as either side of a {@code ? :}.
     */
    private static final Pattern PHRASE_KEY = Pattern.compile(
            "(?<!StoreFailures\\.)(?:phrase|say|Exception|BadInput)\\((?:[^\";]*?\\?\\s*)?\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)*)\"(?:\\s*:\\s*\"([a-z][a-zA-Z.]*)\")?");
    /** A sentence of the sessions' failures, named from anywhere: {@code StoreFailures.phrase("key"}. */
    private static final Pattern STORE_KEY = Pattern.compile("StoreFailures\\.phrase\\(\\s*\"([a-zA-Z.]+)\"");
    private static final String STORE_BUNDLE = "org.secondlook.session.failures";
    private static final Pattern BUILT_KEY = Pattern.compile("messages\\.of\\(\\s*\"([a-zA-Z.]+)\"|\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)*)\\.\"\\s*\\+");

    /** What each run-time prefix is completed with; a prefix the code uses but this table lacks fails the test. */
    private static final Map<String, List<String>> BUILT = Map.ofEntries(
            Map.entry("category", names(Category.values())),
            Map.entry("category.explain", names(Category.values())),
            Map.entry("invasiveness", names(Invasiveness.values())),
            Map.entry("certainty", names(Certainty.values())),
            Map.entry("certainty.wording", names(Certainty.values())),
            Map.entry("scale", names(Scale.values())),
            Map.entry("verdict", names(Verdict.values())),
            Map.entry("regulator", names(Regulator.values())),
            Map.entry("fit.symbol", names(FitRelation.values())),
            Map.entry("region", names(Region.values())),
            Map.entry("history.diagnosis", names(Diagnosis.values())),
            Map.entry("history.site", names(Site.values())),
            Map.entry("history.status", names(SessionStatus.values())),
            Map.entry("history.lifeArea", names(LifeArea.values())),
            Map.entry("history.priority", names(Priority.values())),
            Map.entry("history.answer", comparedAnswers()),
            Map.entry("summary.paper", names(PaperSize.values())),
            Map.entry("summary.print", Arrays.stream(PrintProblem.Kind.values()).map(Enum::name).toList()),
            Map.entry("site", names(Site.values())),
            Map.entry("side", names(Side.values())),
            Map.entry("impact", names(LifeArea.values())),
            Map.entry("impact.scale", ratings()),
            Map.entry("onset", names(Onset.values())),
            Map.entry("duration", names(DurationAnswer.Unit.values())),
            Map.entry("priority", names(Priority.values())),
            Map.entry("priority.scale", ratings()),
            Map.entry("outcome", names(Outcome.values())),
            Map.entry("howLong", howLong()),
            Map.entry("country", names(Country.values())),
            Map.entry("budget", names(Budget.values())),
            Map.entry("steps.symbol", List.of("done", "current", "todo")),
            Map.entry("steps.state", List.of("done", "current", "todo")),
            Map.entry("step", Arrays.stream(StepId.values()).map(StepId::id).toList()));

    @Test
    void everyKeyUsedInTheCodeExistsInEveryLanguage() throws IOException {
        Set<String> used = literalKeys();
        assertTrue(used.size() > 10, "the scan found the keys: " + used);
        Set<String> prefixes = builtPrefixes();
        assertTrue(prefixes.size() > 20, "the scan found the prefixes: " + prefixes);
        for (String prefix : prefixes) {
            assertTrue(BUILT.containsKey(prefix), "the code builds keys from \"" + prefix + "\"; add what completes it to BUILT");
            BUILT.get(prefix).forEach(suffix -> used.add(prefix + "." + suffix));
        }
        BundleFiles.withTerms(Messages.BUNDLE).forEach((language, texts) -> {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(texts.stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from the " + language + " texts and shared terms");
        });
    }

    /**
     * The session layer and the command line hand on their sentences as keys ({@code phrase("key")},
     * {@code new ImportException("key", ...)}, {@code say("key")}); each such key exists in every language of its
     * bundle, and each key of those bundles is used.
     */
    @ParameterizedTest
    @CsvSource({"src/main/java/org/secondlook/session, org.secondlook.session.failures",
            "src/main/java/org/secondlook/app/cli, org.secondlook.app.cli.cli"})
    void everyKeyOfTheSessionsAndTheCommandLineExistsInEveryLanguageAndIsUsed(Path sources, String bundle) throws IOException {
        Set<String> used = scan(sources, PHRASE_KEY);
        if (bundle.equals(STORE_BUNDLE)) {
            used.addAll(scan(Path.of("src/main/java"), STORE_KEY));
        } else {
            Arrays.stream(PrintProblem.Kind.values()).forEach(kind -> used.add("print." + kind.name()));
        }
        assertTrue(used.size() > 20, "the scan found the keys: " + used);
        BundleFiles.of(bundle).forEach((language, texts) -> {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(texts.stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from the " + language + " texts of " + bundle);
            Set<String> unused = new TreeSet<>(texts.stringPropertyNames());
            unused.removeAll(used);
            assertEquals(Set.of(), unused, "keys of " + bundle + " that no code uses");
        });
    }

    @Test
    void everyLanguageHasTheSameKeysAsEnglish() throws IOException {
        for (String bundle : List.of(Messages.BUNDLE, "org.secondlook.text.terms", "org.secondlook.session.failures",
                "org.secondlook.app.cli.cli", "org.secondlook.app.cli.usage")) {
            Map<Language, Properties> files = BundleFiles.of(bundle);
            Set<String> english = new TreeSet<>(files.get(Language.ENGLISH).stringPropertyNames());
            files.forEach((language, texts) -> assertEquals(english, new TreeSet<>(texts.stringPropertyNames()),
                    bundle + " in " + language));
        }
    }

    @Test
    void noLanguageHasAnEmptyText() throws IOException {
        BundleFiles.of(Messages.BUNDLE).forEach((language, texts) -> {
            for (String key : texts.stringPropertyNames()) {
                assertTrue(!texts.getProperty(key).isBlank(), key + " is empty in " + language);
            }
        });
    }

    private static Set<String> literalKeys() throws IOException {
        return scan(LITERAL_KEY);
    }

    private static Set<String> builtPrefixes() throws IOException {
        return scan(BUILT_KEY);
    }

    private static Set<String> scan(Pattern pattern) throws IOException {
        return scan(SOURCES, pattern);
    }

    private static Set<String> scan(Path sources, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null && !matcher.group(group).startsWith("org.")) {
                            found.add(matcher.group(group));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static List<String> ratings() {
        return IntStream.rangeClosed(Priority.MIN_RATING, Priority.MAX_RATING).mapToObj(String::valueOf).toList();
    }

    /** The answers a comparison of two sessions names, as SessionComparison notes them. */
    private static List<String> comparedAnswers() {
        try {
            Matcher note = Pattern.compile("note\\(changed, \"([a-zA-Z]+)\"")
                    .matcher(Files.readString(Path.of("src/main/java/org/secondlook/session/SessionComparison.java")));
            List<String> names = note.results().map(m -> m.group(1)).toList();
            assertTrue(names.size() > 10, "the scan found the compared answers: " + names);
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> howLong() {
        try {
            return names((Enum<?>[]) Class.forName("org.secondlook.ui.steps.TriedStep$HowLong").getEnumConstants());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
