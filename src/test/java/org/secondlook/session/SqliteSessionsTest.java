package org.secondlook.session;

import java.time.Clock;

/** The store contract on the SQLite file of a person at home. */
class SqliteSessionsTest extends SessionsContract {

    @Override
    Sessions workstation(Clock clock) {
        return SessionStore.open(files.resolve("sessions.db"), clock);
    }
}
