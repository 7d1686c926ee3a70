package org.secondlook.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.secondlook.text.BundleText;
import org.secondlook.text.Language;
import org.secondlook.text.Phrase;
import org.secondlook.text.Quote;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang en|es}: the language of the texts a command writes; by default the system's, else English. */
final class LanguageOption {

    private static final String NAME = "--lang";

    @Option(names = NAME, paramLabel = "en|es", converter = Tag.class)
    private Language language;

    /** The locale for the texts: the chosen language, with the system's country when the system speaks it too. */
    Locale locale() {
        return locale(language);
    }

    /**
     * The locale of the command {@code parsed} runs: the last {@code --lang} typed on the way to it (its own, or a
     * group's before it, as in {@code sessions --lang es list}), else the system's language.
     */
    static Locale locale(ParseResult parsed) {
        return locale(chosen(parsed));
    }

    /**
     * Before {@code parsed} runs: hands a {@code --lang} typed before the sub-command on to the sub-command, so that
     * it writes in it too, and words {@code cli}'s help in that language.
     */
    static void apply(CommandLine cli, ParseResult parsed) {
        Language chosen = chosen(parsed);
        ParseResult last = parsed;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        OptionSpec own = last.commandSpec().findOption(NAME);
        if (chosen != null && own != null && !last.hasMatchedOption(NAME)) {
            own.setValue(chosen);
        }
        // --lang where the command has none ("second-look --lang es --help") still says how to word the help
        wordHelp(cli, chosen != null ? locale(chosen) : locale(parsed.originalArgs().toArray(String[]::new)));
    }

    /**
     * The locale for words typed that could not be read: the {@code --lang} among them if it names a language (the
     * person asked for it even if another word was wrong), else the system's, as for every other text of the command line.
     */
    static Locale locale(String[] args) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            String tag = args[i].equals(NAME) && i + 1 < args.length ? args[i + 1]
                    : args[i].startsWith(NAME + "=") ? args[i].substring(NAME.length() + 1) : null;
            if (tag != null && Language.fromTag(tag).isPresent()) {
                return locale(Language.fromTag(tag).get());
            }
        }
        return locale((Language) null);
    }

    /** Words the usage help of {@code cli} and all its sub-commands in the language of {@code locale}. */
    static void wordHelp(CommandLine cli, Locale locale) {
        cli.setResourceBundle(BundleText.load(CliText.USAGE, locale));
    }

    private static Language chosen(ParseResult parsed) {
        Language chosen = null;
        for (ParseResult command = parsed; command != null; command = command.subcommand()) {
            if (command.hasMatchedOption(NAME)) {
                chosen = command.matchedOptionValue(NAME, null);
            }
        }
        return chosen;
    }

    private static Locale locale(Language chosen) {
        Locale system = Locale.getDefault();
        return (chosen == null ? Language.of(system) : chosen).locale(system);
    }

    static final class Tag implements ITypeConverter<Language> {

        @Override
        public Language convert(String value) {
            return Language.fromTag(value).orElseThrow(() -> new Unknown(CliText.phrase("language.unknown", Quote.of(value),
                    Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", ")))));
        }
    }

    /** A language Second Look is not written in; worded in the language of the rest of the failure. */
    static final class Unknown extends TypeConversionException implements Phrase.Worded {

        private final transient Phrase phrase;

        Unknown(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }
}
