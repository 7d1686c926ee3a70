package org.secondlook.session;

import java.time.Instant;

/**
 * One stored session.
 *
 * @param label          a name or alias the person chose, or null
 * @param contentVersion version of the decision-aid content the person was shown
 */
public record Session(
        SessionId id,
        String label,
        SessionStatus status,
        SessionAnswers answers,
        String contentVersion,
        Instant createdAt,
        Instant updatedAt) {
}
