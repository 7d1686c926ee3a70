package org.secondlook.text;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Prices as people read them, the same on screen and on paper: "$1,150 to $12,000 (average $5,156)", in the currency
 * the source used, with the wording from the shared terms.
 */
public final class Money {

    private Money() {
    }

    /** One amount in whole units of its currency: "$1,150", "£700"; in Spanish "1,150 USD", as written in Mexico. */
    public static String amount(double value, String currencyCode, Locale locale) {
        if (Language.of(locale) == Language.SPANISH) {
            // The code after the figure, so that pesos and dollars never share "$".
            NumberFormat figure = NumberFormat.getNumberInstance(locale);
            figure.setMaximumFractionDigits(0);
            return figure.format(value) + " " + currencyCode;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        format.setMaximumFractionDigits(0);
        return format.format(value);
    }

    /** The figures a source gives (any may be null), or null when it gives none. */
    public static String figures(Double min, Double max, Double mean, String currency, BundleText words) {
        Locale locale = words.locale();
        if (min != null && max != null) {
            String range = words.text("money.range", amount(min, currency, locale), amount(max, currency, locale));
            return mean == null ? range : words.text("money.rangeWithAverage", range, amount(mean, currency, locale));
        }
        if (mean != null) {
            return words.text("money.about", amount(mean, currency, locale));
        }
        if (min != null) {
            return words.text("money.from", amount(min, currency, locale));
        }
        return max == null ? null : words.text("money.upTo", amount(max, currency, locale));
    }
}
