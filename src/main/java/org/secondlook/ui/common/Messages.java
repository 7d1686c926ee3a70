package org.secondlook.ui.common;

import java.util.Locale;
import org.secondlook.text.BundleText;

/** The user-visible strings of the desktop app, from {@code org/secondlook/ui/messages*.properties}. */
public final class Messages extends BundleText {

    public static final String BUNDLE = "org.secondlook.ui.messages";

    public Messages(Locale locale) {
        super(BUNDLE, locale);
    }

    public String get(String key) {
        return raw(key);
    }

    public String format(String key, Object... args) {
        return text(key, args);
    }

    /** Text for an enum constant, from the key {@code prefix + "." + constant name}. */
    public String of(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }
}
