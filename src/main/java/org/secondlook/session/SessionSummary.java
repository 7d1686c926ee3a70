package org.secondlook.session;

import java.time.Instant;
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
}
