package org.secondlook.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words people read, from one ResourceBundle of .properties files, and the shared {@link Terms} that the screens and
 * the printout both show. A missing translation falls back to the English base file, never to the machine's
 * default language.
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

    private static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
