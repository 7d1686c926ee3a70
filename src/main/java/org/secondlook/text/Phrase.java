package org.secondlook.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A sentence for a person, kept as the key of its words and the values to fill in until it is shown, so that a layer
 * without a language of its own (the sessions, the command line's checks) reports a failure and whoever shows it
 * words it in the reader's language. A value that is itself a phrase is worded in the same language.
 *
 * @param bundle the ResourceBundle the key is in ("org.secondlook.session.failures")
 * @param key    the text's key in that bundle, a MessageFormat pattern
 * @param args   the values to fill in
 */
public record Phrase(String bundle, String key, List<Object> args) {

    public Phrase {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Phrase of(String bundle, String key, Object... args) {
        return new Phrase(bundle, key, Arrays.asList(args));
    }

    /** The sentence in the language of {@code locale}. */
    public String in(Locale locale) {
        Object[] values = args.stream().map(value -> value instanceof Phrase phrase ? phrase.in(locale) : value).toArray();
        return new BundleText(bundle, locale).text(key, values);
    }

    /** The sentence in English, for a log and for an exception's own message. */
    public String english() {
        return in(Locale.ROOT);
    }

    /** A failure that carries its sentence as a phrase, so it can be shown in any language. */
    public interface Worded {

        Phrase phrase();
    }

    /** What to tell a person about {@code failure} in the language of {@code locale}: its phrase, else its message. */
    public static String describe(Throwable failure, Locale locale) {
        return failure instanceof Worded worded ? worded.phrase().in(locale) : String.valueOf(failure.getMessage());
    }
}
