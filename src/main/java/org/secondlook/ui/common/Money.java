package org.secondlook.ui.common;

import org.secondlook.advice.CostLine;

/** A cost line as the screens show it: the shared figures, what they are per, where, when and whether checked. */
public final class Money {

    private Money() {
    }

    /** The figures of a cost line, or null when the source gives none. */
    public static String figures(CostLine line, Messages messages) {
        return org.secondlook.text.Money.figures(line.min(), line.max(), line.mean(), line.currency(), messages);
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
