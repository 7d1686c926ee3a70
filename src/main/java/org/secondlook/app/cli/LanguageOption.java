package org.secondlook.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.secondlook.text.Language;
import org.secondlook.text.Quote;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang en|es}: the language of the texts a command writes; by default the system's, else English. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|es", converter = Tag.class,
            description = "The language of the texts: en (English) or es (Spanish). Default: the system's language if it is one of these, else English.")
    private Language language;

    /** The locale for the texts: the chosen language, with the system's country when the system speaks it too. */
    Locale locale() {
        return locale(language);
    }

    /** The locale of the command {@code parsed} ran: its {@code --lang} if it has one, else the system's language. */
    static Locale locale(ParseResult parsed) {
        ParseResult command = parsed;
        while (command.subcommand() != null) {
            command = command.subcommand();
        }
        Language chosen = command.hasMatchedOption("--lang") ? command.matchedOptionValue("--lang", null) : null;
        return locale(chosen);
    }

    private static Locale locale(Language chosen) {
        Locale system = Locale.getDefault();
        return (chosen == null ? Language.of(system) : chosen).locale(system);
    }

    static final class Tag implements ITypeConverter<Language> {

        @Override
        public Language convert(String value) {
            return Language.fromTag(value).orElseThrow(() -> new TypeConversionException(CliText.phrase("language.unknown",
                    Quote.of(value), Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", ")))
                    .in(locale((Language) null))));
        }
    }
}
