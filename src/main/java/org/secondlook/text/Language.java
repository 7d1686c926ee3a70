package org.secondlook.text;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages Second Look is written in. Every text exists in each of them; a person whose system speaks another
 * language gets English, chosen here once, never key by key.
 */
public enum Language {

    ENGLISH("en", "English", Locale.US),
    /** Numbers, dates and money as in Mexico, where many readers of this app look for treatment. */
    SPANISH("es", "Español", Locale.forLanguageTag("es-MX"));

    private final String tag;
    private final String ownName;
    private final Locale usual;

    Language(String tag, String ownName, Locale usual) {
        this.tag = tag;
        this.ownName = ownName;
        this.usual = usual;
    }

    /** The ISO 639 code: "en", "es". */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, so a person finds theirs whatever the window is in: "Español". */
    public String ownName() {
        return ownName;
    }

    /** The language of {@code locale}, or English when Second Look is not written in it. */
    public static Language of(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(ENGLISH);
    }

    public static Optional<Language> fromTag(String tag) {
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The locale for texts in this language: the system's own when it speaks this language (so its country picks the
     * date format, paper and currency), else this language's usual one with the currency of the system's country as
     * its "cu" keyword when that differs: a reader in Mexico who chose English must not see "$", which there means
     * pesos, for US dollars. Only the currency moves: numbers and dates stay as the language usually writes them.
     */
    public Locale locale(Locale system) {
        if (system.getLanguage().equals(tag) && !system.getCountry().isEmpty()) {
            return system;
        }
        return Money.readersCurrency(system).filter(own -> !Money.readersCurrency(usual).orElseThrow().equals(own))
                .map(own -> new Locale.Builder().setLocale(usual)
                        .setUnicodeLocaleKeyword("cu", own.getCurrencyCode().toLowerCase(Locale.ROOT)).build())
                .orElse(usual);
    }
}
