package org.secondlook.ui.common;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import org.secondlook.text.Language;
import org.secondlook.advice.CostLine;

/** Prices as people read them: "$1,150 to $12,000 (average $5,156)", with the currency the source used. */
public final class Money {

    private Money() {
    }

    public static String amount(double value, String currencyCode, Locale locale) {
        if (Language.of(locale) == Language.SPANISH) {
            // As written in Mexico, the code after the figure ("1,150 USD"), so that pesos and dollars never share "$".
            NumberFormat figure = NumberFormat.getNumberInstance(locale);
            figure.setMaximumFractionDigits(0);
            return figure.format(value) + " " + currencyCode;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currencyCode));
        format.setMaximumFractionDigits(0);
        return format.format(value);
    }

    /** The figures of a cost line, or null when the source gives none. */
    public static String figures(CostLine line, Messages messages) {
        Locale locale = messages.locale();
        String currency = line.currency();
        if (line.min() != null && line.max() != null) {
            String range = messages.format("cost.range", amount(line.min(), currency, locale), amount(line.max(), currency, locale));
            return line.mean() == null ? range : messages.format("cost.rangeWithAverage", range, amount(line.mean(), currency, locale));
        }
        if (line.mean() != null) {
            return messages.format("cost.about", amount(line.mean(), currency, locale));
        }
        if (line.min() != null) {
            return messages.format("cost.from", amount(line.min(), currency, locale));
        }
        return line.max() == null ? null : messages.format("cost.upTo", amount(line.max(), currency, locale));
    }

    /** Figures, what they are per, where, when, and whether they were checked, in one line. */
    public static String describe(CostLine line, Messages messages) {
        String figures = figures(line, messages);
        String trust = messages.get(line.verified() ? "cost.verified" : "cost.unverified")
                + (line.lowQualitySource() ? " " + messages.get("source.lowQuality") : "");
        String when = line.year() == null ? "" : " " + messages.format("cost.year", String.valueOf(line.year()));
        String where = messages.of("region", line.region());
        return figures == null
                ? messages.format("cost.noFigures", where, line.per() == null ? "" : line.per()) + " " + trust
                : messages.format("cost.line", figures, line.per() == null ? "" : line.per(), where) + when + ". " + trust;
    }
}
