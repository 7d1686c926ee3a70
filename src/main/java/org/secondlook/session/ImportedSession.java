package org.secondlook.session;

import java.time.Instant;

/** A session file that passed every check, ready to be added as a new session. */
record ImportedSession(
        String label,
        SessionStatus status,
        SessionAnswers answers,
        String contentVersion,
        Instant createdAt,
        Instant updatedAt) {
}
