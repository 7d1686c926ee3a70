package org.secondlook.advice;

/**
 * How long the pain has lasted, as the person gave it ("3 years"), so it is shown back in their words;
 * the engine reads {@link #weeks()}.
 */
public record DurationAnswer(int amount, Unit unit) {

    public static final int MAX_AMOUNT = 99;

    public enum Unit {
        WEEKS(1), MONTHS(4.345), YEARS(52.18);

        private final double weeks;

        Unit(double weeks) {
            this.weeks = weeks;
        }
    }

    public DurationAnswer {
        if (unit == null) {
            throw new IllegalArgumentException("A duration needs its unit");
        }
        if (amount < 1 || amount > MAX_AMOUNT) {
            throw new IllegalArgumentException("A duration is from 1 to " + MAX_AMOUNT + ", not " + amount);
        }
    }

    public int weeks() {
        return (int) Math.min(Profile.MAX_DURATION_WEEKS, Math.round(amount * unit.weeks));
    }

    /** The unit a person would most likely have used for a duration known only in weeks (older sessions, files). */
    public static DurationAnswer fromWeeks(int weeks) {
        if (weeks >= 104 && weeks % 52 < 4) {
            return new DurationAnswer(Math.min(MAX_AMOUNT, Math.round(weeks / 52f)), Unit.YEARS);
        }
        if (weeks >= 8) {
            return new DurationAnswer(Math.clamp(Math.round(weeks / 4.345f), 1, MAX_AMOUNT), Unit.MONTHS);
        }
        return new DurationAnswer(Math.clamp(weeks, 1, MAX_AMOUNT), Unit.WEEKS);
    }
}
