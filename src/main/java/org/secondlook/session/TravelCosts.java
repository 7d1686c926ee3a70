package org.secondlook.session;

/**
 * What the person estimated for getting to treatment; either part may be null while unanswered.
 *
 * @param distanceKm     one-way distance to the nearest place offering the option
 * @param costPerTripUsd what one return trip costs, in US dollars
 */
public record TravelCosts(Integer distanceKm, Integer costPerTripUsd) {

    public static final int MAX_DISTANCE_KM = 20_000;
    public static final int MAX_COST_PER_TRIP_USD = 100_000;
}
