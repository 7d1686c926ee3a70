package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key the code uses exists in every language file, and the language files agree. */
class MessagesConsistencyTest {

    private static final Path SOURCES = Path.of("src/main/java/org/secondlook/ui");
    private static final Path BUNDLES = Path.of("src/main/resources/org/secondlook/ui");
    private static final Path TERMS = Path.of("src/main/resources/org/secondlook/text/terms.properties");
    private static final Pattern LITERAL_KEY = Pattern.compile("messages\\.(?:get|format)\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    @Test
    void everyKeyUsedInTheCodeExistsInEveryBundle() throws IOException {
        Set<String> used = usedKeys();
        assertTrue(used.size() > 10, "the scan found the keys: " + used);
        for (Path bundle : bundles()) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(load(bundle).stringPropertyNames());
            missing.removeAll(load(TERMS).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from " + bundle.getFileName() + " and the shared terms");
        }
    }

    @Test
    void everyBundleHasTheSameKeysAsTheDefault() throws IOException {
        Set<String> reference = load(BUNDLES.resolve("messages.properties")).stringPropertyNames();
        for (Path bundle : bundles()) {
            assertEquals(new TreeSet<>(reference), new TreeSet<>(load(bundle).stringPropertyNames()), bundle.toString());
        }
    }

    @Test
    void noBundleHasAnEmptyText() throws IOException {
        for (Path bundle : bundles()) {
            Properties texts = load(bundle);
            for (String key : texts.stringPropertyNames()) {
                assertTrue(!texts.getProperty(key).isBlank(), key + " is empty in " + bundle.getFileName());
            }
        }
    }

    private static Set<String> usedKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    private static Iterable<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(f -> f.getFileName().toString().matches("messages(_[a-zA-Z_]+)?\\.properties")).toList();
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        }
        return properties;
    }
}
