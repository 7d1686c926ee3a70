package org.secondlook.text;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Prices as people read them, the same on screen and on paper: "$1,150 to $12,000 (average $5,156)" for a reader in
 * the United States, "USD 1,150 to USD 12,000 (average USD 5,156)" for one in Mexico, in the currency the source used,
 * with the wording from the shared terms.
 */
public final class Money {

    private Money() {
    }

    /**
     * One amount in whole units of its currency. The symbol only for the reader's own currency ("$1,150" in the
     * United States, "£700" in the United Kingdom), because "$" also means pesos and other dollars; else the ISO code,
     * placed as the language writes it: "USD 1,150", "1,150 USD".
     */
    public static String amount(double value, String currencyCode, BundleText words) {
        Locale locale = words.locale();
        Currency currency = Currency.getInstance(currencyCode);
        // Spanish as written in Mexico has no sign for US dollars, even for a reader in the US: then the code too.
        if (readersCurrency(locale).filter(currency::equals).isPresent()
                && !currency.getSymbol(locale).equals(currency.getCurrencyCode())) {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            format.setCurrency(currency);
            format.setMaximumFractionDigits(0);
            return format.format(value);
        }
        NumberFormat figure = NumberFormat.getNumberInstance(locale);
        figure.setMaximumFractionDigits(0);
        return words.text("money.withCode", figure.format(value), currency.getCurrencyCode());
    }

    /**
     * The currency where the reader of {@code locale} lives: the one its "cu" keyword names (set by
     * {@link Language#locale} for a reader outside the language's usual country), else its country's; empty when the
     * locale names no country.
     */
    static Optional<Currency> readersCurrency(Locale locale) {
        try {
            return Optional.ofNullable(Currency.getInstance(locale));
        } catch (IllegalArgumentException noCountry) {
            return Optional.empty();
        }
    }

    /** The figures a source gives (any may be null), or null when it gives none. */
    public static String figures(Double min, Double max, Double mean, String currency, BundleText words) {
        if (min != null && max != null) {
            String range = words.text("money.range", amount(min, currency, words), amount(max, currency, words));
            return mean == null ? range : words.text("money.rangeWithAverage", range, amount(mean, currency, words));
        }
        if (mean != null) {
            return words.text("money.about", amount(mean, currency, words));
        }
        if (min != null) {
            return words.text("money.from", amount(min, currency, words));
        }
        return max == null ? null : words.text("money.upTo", amount(max, currency, words));
    }
}
