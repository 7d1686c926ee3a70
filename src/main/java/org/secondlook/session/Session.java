package org.secondlook.session;

import java.time.Instant;

/**
 * One stored session.
 *
 * @param label          a name or alias the person chose, or null
 * @param contentVersion version of the decision-aid content the person was shown
 * @param resultJson     the advice result shown, as a JSON object; null until there is one
 */
public record Session(
        SessionId id,
        String label,
        SessionStatus status,
        SessionAnswers answers,
        String contentVersion,
        String resultJson,
        Instant createdAt,
        Instant updatedAt) {
}
