package org.secondlook.advice;

/**
 * How long a treatment was tried, said no more precisely than people answer it (the window asks in
 * ranges such as "1 to 3 months"): "for about 3 weeks", "for about 6 months", "for a year or more".
 */
final class TriedFor {

    private static final int WEEKS_SAID_AS_MONTHS = 13;
    private static final int WEEKS_IN_A_YEAR = 52;
    private static final double WEEKS_PER_MONTH = 4.345;

    private TriedFor() {
    }

    static String phrase(int weeks, AdviceText text) {
        if (weeks >= WEEKS_IN_A_YEAR) {
            return text.text("tried.forYearOrMore");
        }
        if (weeks >= WEEKS_SAID_AS_MONTHS) {
            return text.text("tried.forMonths", Math.round(weeks / WEEKS_PER_MONTH));
        }
        return text.text("tried.forWeeks", weeks);
    }
}
