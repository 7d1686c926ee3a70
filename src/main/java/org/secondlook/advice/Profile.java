package org.secondlook.advice;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's answers that the advice engine reads. Optional answers are null.
 * The JSON form (the {@code recommend --profile} format) uses these field names.
 */
public record Profile(
        Site site,
        Side side,
        int painDurationWeeks,
        int painIntensity,
        Map<LifeArea, Integer> impact,
        Onset onset,
        Diagnosis diagnosis,
        Boolean imagingDone,
        Set<RedFlag> redFlags,
        List<PriorTreatment> priorTreatments,
        Map<Priority, Integer> priorities,
        Country country,
        Boolean insured,
        Budget budget,
        Boolean willingToTravel,
        String leaning) {

    public static final int MAX_DURATION_WEEKS = 52 * 80;
    public static final int MAX_INTENSITY = 10;

    public Profile {
        impact = impact == null ? Map.of() : Map.copyOf(impact);
        redFlags = redFlags == null ? Set.of() : Set.copyOf(redFlags);
        priorTreatments = priorTreatments == null ? List.of() : List.copyOf(priorTreatments);
        priorities = priorities == null ? Map.of() : Map.copyOf(priorities);
    }

    /** How much a priority matters, 0 when not rated. */
    public int rating(Priority priority) {
        return priorities.getOrDefault(priority, 0);
    }
}
