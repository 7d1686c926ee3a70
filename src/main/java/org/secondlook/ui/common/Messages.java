package org.secondlook.ui.common;

import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.secondlook.session.StoreFailures;
import org.secondlook.text.BundleText;
import org.secondlook.text.Phrase;

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

    /**
     * Why {@code problem} happened and what to do, in this language: the failure's own sentence when it carries one,
     * else the plain cause of a file or disk failure; never a library's own (English) words.
     */
    public String failure(Throwable problem) {
        Throwable cause = problem instanceof CompletionException && problem.getCause() != null ? problem.getCause() : problem;
        return cause instanceof Phrase.Worded worded ? worded.phrase().in(locale()) : StoreFailures.cause(cause).in(locale());
    }

    /** Text for an enum constant, from the key {@code prefix + "." + constant name}. */
    public String of(String prefix, Enum<?> constant) {
        return get(prefix + "." + constant.name());
    }
}
