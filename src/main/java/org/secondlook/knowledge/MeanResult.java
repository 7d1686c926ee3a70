package org.secondlook.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * An average result on a score, as the source reports it. Pain on 0-100 can be shown on 0-10 by dividing by 10;
 * the original numbers stay as they are.
 */
public record MeanResult(
        LocalizedText measure,
        ResultKind kind,
        Scale scale,
        Double treated,
        Double comparison,
        Double difference,
        Double lowerBound,
        Double upperBound,
        LocalizedText treatedGroup,
        LocalizedText comparisonGroup,
        Double meaningfulDifference,
        LocalizedText population,
        LocalizedText timeFrame,
        List<String> sources) {

    public MeanResult {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** This result on a 0-10 pain scale, or empty for scores that are not pain. */
    public Optional<MeanResult> onTenPointScale() {
        if (scale == Scale.PAIN_0_TO_10) {
            return Optional.of(this);
        }
        if (scale != Scale.PAIN_0_TO_100) {
            return Optional.empty();
        }
        return Optional.of(new MeanResult(measure, kind, Scale.PAIN_0_TO_10, tenth(treated), tenth(comparison),
                tenth(difference), tenth(lowerBound), tenth(upperBound), treatedGroup, comparisonGroup,
                tenth(meaningfulDifference), population, timeFrame, sources));
    }

    private static Double tenth(Double value) {
        return value == null ? null : value / 10.0;
    }
}
