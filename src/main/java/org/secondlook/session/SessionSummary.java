package org.secondlook.session;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Site;

/**
 * One line of the history list; the nullable parts are null while not answered.
 *
 * @param warningSign true when the answers include a warning sign (the person said yes to one)
 */
public record SessionSummary(
        SessionId id,
        String label,
        SessionStatus status,
        Site site,
        Diagnosis diagnosis,
        Integer painIntensity,
        Integer sureScore,
        String leaning,
        boolean warningSign,
        Instant createdAt,
        Instant updatedAt) {

    /** Names match when they differ only in case or spacing; two unnamed sessions cannot be told apart. */
    public boolean sameNameAs(SessionSummary other) {
        return Objects.equals(normalised(label), normalised(other.label));
    }

    private static String normalised(String label) {
        return label == null ? null : label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
