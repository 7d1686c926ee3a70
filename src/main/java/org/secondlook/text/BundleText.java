package org.secondlook.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Words people read, from one ResourceBundle of .properties files. A missing translation falls back
 * to the English base file, never to the machine's default language.
 */
public class BundleText {

    private final String baseName;
    private final ResourceBundle bundle;
    private final Locale locale;

    public BundleText(String baseName, Locale locale) {
        this.baseName = baseName;
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(baseName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public final Locale locale() {
        return locale;
    }

    /** The text exactly as written in the file. */
    public final String raw(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for key '" + key + "' in " + baseName, e);
        }
    }

    /** The text as a MessageFormat pattern filled with {@code args}. */
    public final String text(String key, Object... args) {
        return new MessageFormat(raw(key), locale).format(args);
    }
}
