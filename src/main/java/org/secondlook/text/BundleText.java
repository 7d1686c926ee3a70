package org.secondlook.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words people read, from one ResourceBundle of .properties files, and the shared {@link Terms} that the screens and
 * the printout both show. The English texts are in the base file ({@code messages.properties}), every other
 * {@link Language}'s in its own ({@code messages_es.properties}); a key missing from that file is an error, never a
 * silent fallback to English or to the machine's default language.
 */
public class BundleText {

    private final String baseName;
    private final ResourceBundle bundle;
    private final ResourceBundle terms;
    private final Locale locale;

    public BundleText(String baseName, Locale locale) {
        this.baseName = baseName;
        this.locale = locale;
        this.bundle = load(baseName, locale);
        this.terms = baseName.equals(Terms.BUNDLE) ? bundle : load(Terms.BUNDLE, locale);
    }

    /** The file of {@code baseName} for the locale's {@link Language} only, for a library that reads a bundle itself. */
    public static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, OneFile.CONTROL);
    }

    /** Loads only the file of the locale's {@link Language}, without the parent chain that would fill gaps in English. */
    private static final class OneFile extends ResourceBundle.Control {

        static final OneFile CONTROL = new OneFile();

        @Override
        public List<String> getFormats(String baseName) {
            return FORMAT_PROPERTIES;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            Language language = Language.of(locale);
            return List.of(language == Language.ENGLISH ? Locale.ROOT : Locale.of(language.tag()));
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }
    }

    public final Locale locale() {
        return locale;
    }

    /** The text exactly as written in the file, or else in the shared terms. */
    public final String raw(String key) {
        if (bundle.containsKey(key)) {
            return bundle.getString(key);
        }
        try {
            return terms.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for key '" + key + "' in " + baseName + " or the shared terms", e);
        }
    }

    /** The text as a MessageFormat pattern filled with {@code args}. */
    public final String text(String key, Object... args) {
        return new MessageFormat(raw(key), locale).format(args);
    }
}
