package org.secondlook.report;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as printed: grouped by the locale's rules, at most two decimals, no trailing zeros. */
final class NumberWords {

    private final NumberFormat format;

    NumberWords(Locale locale) {
        format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
    }

    String format(double number) {
        return format.format(number);
    }

    /** A difference with its sign, so "-1.2" and "+1.2" read differently. */
    String signed(double number) {
        return number > 0 ? "+" + format(number) : format(number);
    }
}
