package org.secondlook.ui.session;

import java.util.List;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.Sessions;
import org.secondlook.session.SessionSummary;

/**
 * Whether the computer is shared, so that the next person must not be shown the previous one's name at start.
 * It is when the unfinished session was gone through with a clinician (a clinic's computer), or when the recent
 * sessions carry more than one name. A person alone, naming their sessions or not, is asked as before.
 * Reads one session and one page of the newest summaries: the cost does not grow with the history.
 */
final class SharedComputer {

    /** How far back another name counts: one page of the history list. */
    static final int RECENT = SessionQuery.DEFAULT_LIMIT;

    private SharedComputer() {
    }

    /** Runs in the background: it reads the store. */
    static boolean applies(Sessions store, SessionSummary unfinished) {
        if (store.get(unfinished.id()).answers().mode() == Mode.CLINICIAN) {
            return true;
        }
        List<SessionSummary> named = store.list(SessionQuery.newest(RECENT)).sessions().stream()
                .filter(s -> s.label() != null)
                .toList();
        return named.stream().anyMatch(s -> !s.sameNameAs(named.get(0)));
    }
}
