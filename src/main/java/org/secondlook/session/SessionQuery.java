package org.secondlook.session;

import java.time.Instant;
import org.secondlook.advice.Diagnosis;

/**
 * What the history list shows: newest first, optionally filtered. Null filters are not applied.
 *
 * @param labelContains  part of the label, any case
 * @param diagnosis      only sessions about this condition
 * @param createdFrom    only sessions started at or after this time
 * @param createdBefore  only sessions started before this time
 * @param limit          at most this many per page, 1 to {@link #MAX_LIMIT}
 * @param after          the page cursor from the previous page, or null for the first page
 */
public record SessionQuery(
        String labelContains,
        Diagnosis diagnosis,
        Instant createdFrom,
        Instant createdBefore,
        int limit,
        PageCursor after) {

    public static final int MAX_LIMIT = 1_000;
    public static final int DEFAULT_LIMIT = 50;

    public SessionQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_LIMIT + " sessions, not " + limit);
        }
        labelContains = labelContains == null || labelContains.isBlank() ? null : labelContains.strip();
    }

    /** The first page of all sessions, newest first. */
    public static SessionQuery newest(int limit) {
        return new SessionQuery(null, null, null, null, limit, null);
    }

    public SessionQuery withLabelContains(String text) {
        return new SessionQuery(text, diagnosis, createdFrom, createdBefore, limit, null);
    }

    public SessionQuery withDiagnosis(Diagnosis condition) {
        return new SessionQuery(labelContains, condition, createdFrom, createdBefore, limit, null);
    }

    public SessionQuery createdBetween(Instant from, Instant before) {
        return new SessionQuery(labelContains, diagnosis, from, before, limit, null);
    }

    /** The same query for the page after {@code cursor}. */
    public SessionQuery after(PageCursor cursor) {
        return new SessionQuery(labelContains, diagnosis, createdFrom, createdBefore, limit, cursor);
    }
}
