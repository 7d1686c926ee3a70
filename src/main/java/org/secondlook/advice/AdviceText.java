package org.secondlook.advice;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Every sentence the engine writes, from {@code org/secondlook/advice/advice*.properties} (MessageFormat patterns). */
final class AdviceText {

    static final String BUNDLE = "org.secondlook.advice.advice";

    private final ResourceBundle bundle;
    private final Locale locale;

    AdviceText(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default locale: a missing translation falls back to the English base file.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... args) {
        try {
            return new MessageFormat(bundle.getString(key), locale).format(args);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for key '" + key + "' in " + BUNDLE, e);
        }
    }
}
