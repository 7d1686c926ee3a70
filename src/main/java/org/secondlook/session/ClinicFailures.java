package org.secondlook.session;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

/** Says in plain words why the clinic server refused or failed, instead of the driver's words. */
final class ClinicFailures {

    private ClinicFailures() {
    }

    /** {@code what} (such as "Could not save session 4"), then the cause and what to do, as the right exception. */
    static StoreException of(String what, ClinicAddress address, Throwable failure) {
        if (failure instanceof StoreException known) {
            return known;
        }
        String state = sqlState(failure);
        if (state != null && state.startsWith("08") || causedBy(failure, ConnectException.class)
                || causedBy(failure, UnknownHostException.class)) {
            return new ServerUnreachableException(what + ": the clinic server " + address.host() + ":" + address.port()
                    + " cannot be reached. Check the network and that the server is running; what you typed is kept"
                    + " and can be saved once it is back.", failure);
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return new StoreException(what + ": the clinic server did not accept the login '" + address.user()
                    + "'. Check the password (PGPASSWORD or ~/.pgpass) or ask whoever runs the server to add you"
                    + " with 'second-look store add-clinician'.", failure);
        }
        if ("42501".equals(state)) {
            return new StoreException(what + ": the login '" + address.user() + "' may not do this. Ask whoever runs"
                    + " the clinic server to add you as a clinician of your clinic.", failure);
        }
        if ("3D000".equals(state) || "42P01".equals(state)) {
            return new StoreException(what + ": the database " + address.database() + " on the clinic server is not"
                    + " set up for Second Look. Run 'second-look store init --store URL' as its owner first.", failure);
        }
        return new StoreException(what + ": the clinic server reported a problem (" + (state == null ? "no code" : state)
                + "). Try again; nothing already saved was lost.", failure);
    }

    private static String sqlState(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (type.isInstance(e)) {
                return true;
            }
        }
        return false;
    }
}
