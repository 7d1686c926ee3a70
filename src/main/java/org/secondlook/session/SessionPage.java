package org.secondlook.session;

import java.util.List;
import java.util.Optional;

/** One page of the history list; {@code next} is empty on the last page. */
public record SessionPage(List<SessionSummary> sessions, Optional<PageCursor> next) {

    public SessionPage {
        sessions = List.copyOf(sessions);
    }
}
