package org.secondlook.ui.options;

import java.text.NumberFormat;
import java.util.Locale;
import org.secondlook.knowledge.MeanResult;
import org.secondlook.ui.common.Messages;

/** Average results in plain words, pain shown on 0-10 with the change people notice for comparison. */
final class MeanResults {

    private MeanResults() {
    }

    static String describe(MeanResult original, Messages messages) {
        MeanResult result = original.onTenPointScale().orElse(original);
        Locale locale = messages.locale();
        String scale = messages.of("scale", result.scale());
        StringBuilder text = new StringBuilder(result.measure().in(locale)).append(" (").append(scale).append("): ");
        if (result.treated() != null && result.comparison() != null) {
            text.append(messages.format("mean.groups", number(result.treated(), locale), group(result.treatedGroup(), locale),
                    number(result.comparison(), locale), group(result.comparisonGroup(), locale)));
        } else if (result.difference() != null) {
            text.append(messages.format("mean.difference", number(result.difference(), locale)));
        }
        if (result.lowerBound() != null && result.upperBound() != null) {
            text.append(' ').append(messages.format("mean.range", number(result.lowerBound(), locale), number(result.upperBound(), locale)));
        }
        if (result.meaningfulDifference() != null) {
            text.append(' ').append(messages.format("mean.meaningful", number(result.meaningfulDifference(), locale)));
        }
        if (result.timeFrame() != null) {
            text.append(' ').append(messages.format("mean.timeFrame", result.timeFrame().in(locale)));
        }
        if (result.population() != null) {
            text.append(' ').append(result.population().in(locale)).append('.');
        }
        return text.toString();
    }

    static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private static String group(org.secondlook.knowledge.LocalizedText text, Locale locale) {
        return text == null ? "" : text.in(locale);
    }
}
