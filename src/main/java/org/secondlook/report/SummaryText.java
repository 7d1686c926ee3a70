package org.secondlook.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The summary's own words, from {@code org/secondlook/report/summary*.properties} (MessageFormat patterns). */
final class SummaryText {

    static final String BUNDLE = "org.secondlook.report.summary";

    private final ResourceBundle bundle;
    private final Locale locale;

    SummaryText(Locale locale) {
        this.locale = locale;
        // A missing translation falls back to the English base file, never to the machine's default locale.
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
