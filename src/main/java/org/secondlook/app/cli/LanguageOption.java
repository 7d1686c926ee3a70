package org.secondlook.app.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.secondlook.text.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --lang en|es}: the language of the texts a command writes; by default the system's, else English. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "en|es", converter = Tag.class,
            description = "The language of the texts: en (English) or es (Spanish). Default: the system's language if it is one of these, else English.")
    private Language language;

    /** The locale for the texts: the chosen language, with the system's country when the system speaks it too. */
    Locale locale() {
        Locale system = Locale.getDefault();
        return (language == null ? Language.of(system) : language).locale(system);
    }

    static final class Tag implements ITypeConverter<Language> {

        @Override
        public Language convert(String value) {
            return Language.fromTag(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a language Second Look is written in; use one of "
                    + Arrays.stream(Language.values()).map(Language::tag).collect(Collectors.joining(", "))));
        }
    }
}
