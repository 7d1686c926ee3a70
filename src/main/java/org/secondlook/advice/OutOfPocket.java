package org.secondlook.advice;

import java.util.Optional;

/**
 * What a person might pay themselves: the price per session or injection from one cost line, times
 * the number of sessions they expect, plus what they expect to spend on travel. A range, because
 * the sources give ranges.
 *
 * @param travelAdded false when the price is not in US dollars, so travel (entered in dollars) was not added
 */
public record OutOfPocket(String currency, double min, double max, int sessions, boolean travelAdded) {

    public static final String TRAVEL_CURRENCY = "USD";
    public static final int MAX_SESSIONS = 20;

    /** The estimate for {@code line}, or empty when the source gives no price. */
    public static Optional<OutOfPocket> estimate(CostLine line, int sessions, Travel travel) {
        if (sessions < 1) {
            throw new IllegalArgumentException("sessions must be at least 1, was " + sessions);
        }
        Double low = line.min() != null ? line.min() : line.mean();
        Double high = line.max() != null ? line.max() : line.mean();
        if (low == null && high == null) {
            return Optional.empty();
        }
        double lowest = low == null ? high : low;
        double highest = high == null ? low : high;
        boolean addTravel = TRAVEL_CURRENCY.equals(line.currency());
        double extra = addTravel ? travel.total() : 0;
        return Optional.of(new OutOfPocket(line.currency(), lowest * sessions + extra, highest * sessions + extra,
                sessions, addTravel));
    }

    /** Travel for treatment away from home, in US dollars, as the person estimates it. */
    public record Travel(double flights, double stay, double companion) {

        public static final Travel NONE = new Travel(0, 0, 0);
        /** The most that can be typed for one part, in whole US dollars. */
        public static final int MAX_AMOUNT = 9_999_999;

        public Travel {
            if (flights < 0 || stay < 0 || companion < 0) {
                throw new IllegalArgumentException("travel costs cannot be negative");
            }
        }

        public double total() {
            return flights + stay + companion;
        }
    }
}
