package org.secondlook.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.knowledge.Region;

class OutOfPocketTest {

    private static CostLine line(String currency, Double min, Double max, Double mean) {
        return new CostLine(Region.US, true, currency, min, max, mean, "injection", null, true, false, 2018, List.of("S45"));
    }

    @Test
    void rangeTimesSessionsPlusTravel() {
        OutOfPocket estimate = OutOfPocket.estimate(line("USD", 1150.0, 12000.0, 5156.0), 3,
                new OutOfPocket.Travel(600, 300, 100)).orElseThrow();
        assertEquals(1150 * 3 + 1000, estimate.min());
        assertEquals(12000 * 3 + 1000, estimate.max());
        assertTrue(estimate.travelAdded());
    }

    @Test
    void anAverageAloneGivesOneFigure() {
        OutOfPocket estimate = OutOfPocket.estimate(line("USD", null, null, 700.0), 3, OutOfPocket.Travel.NONE).orElseThrow();
        assertEquals(2100, estimate.min());
        assertEquals(2100, estimate.max());
    }

    @Test
    void travelInDollarsIsNotAddedToPricesInPounds() {
        OutOfPocket estimate = OutOfPocket.estimate(line("GBP", 4122.0, 4671.0, null), 1,
                new OutOfPocket.Travel(500, 0, 0)).orElseThrow();
        assertEquals(4122, estimate.min());
        assertFalse(estimate.travelAdded());
    }

    @Test
    void noPriceNoEstimateAndNoNonsenseInput() {
        assertTrue(OutOfPocket.estimate(line("USD", null, null, null), 1, OutOfPocket.Travel.NONE).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> OutOfPocket.estimate(line("USD", 1.0, 2.0, null), 0, OutOfPocket.Travel.NONE));
        assertThrows(IllegalArgumentException.class, () -> new OutOfPocket.Travel(-1, 0, 0));
    }
}
