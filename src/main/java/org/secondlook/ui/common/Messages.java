package org.secondlook.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings of the desktop app, from {@code org/secondlook/ui/messages*.properties}. */
public final class Messages {

    public static final String BUNDLE = "org.secondlook.ui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for key '" + key + "' in " + BUNDLE, e);
        }
    }

    public String format(String key, Object... args) {
        MessageFormat format = new MessageFormat(get(key), locale);
        return format.format(args);
    }

    /** Text for an enum constant, from the key {@code prefix + "." + constant name}. */
    public String of(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }
}
