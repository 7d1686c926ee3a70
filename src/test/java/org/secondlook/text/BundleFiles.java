package org.secondlook.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** The .properties file of each {@link Language} for one bundle, read as the app reads them (UTF-8). */
public final class BundleFiles {

    private static final Path RESOURCES = Path.of("src/main/resources");

    private BundleFiles() {
    }

    /** Every language's texts of {@code baseName} ("org.secondlook.ui.messages"); fails if a language has no file. */
    public static Map<Language, Properties> of(String baseName) throws IOException {
        Map<Language, Properties> bundles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Path file = file(baseName, language);
            assertTrue(Files.isRegularFile(file), "no " + language + " texts: " + file + " is missing");
            bundles.put(language, load(file));
        }
        return bundles;
    }

    /** The file for a language: the base file is English, every other language has its own. */
    public static Path file(String baseName, Language language) {
        String suffix = language == Language.ENGLISH ? "" : "_" + language.tag();
        return RESOURCES.resolve(baseName.replace('.', '/') + suffix + ".properties");
    }

    /** {@code of(baseName)} with the shared terms' texts of the same language added, as BundleText looks them up. */
    public static Map<Language, Properties> withTerms(String baseName) throws IOException {
        Map<Language, Properties> bundles = of(baseName);
        Map<Language, Properties> terms = of(Terms.BUNDLE);
        bundles.forEach((language, texts) -> texts.putAll(terms.get(language)));
        return bundles;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }
}
