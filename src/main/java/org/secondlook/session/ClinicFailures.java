package org.secondlook.session;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.secondlook.text.Phrase;

/** Says in plain words why the clinic server refused or failed, instead of the driver's words. */
final class ClinicFailures {

    private ClinicFailures() {
    }

    /** {@code what} (such as "Could not save session 4"), then the cause and what to do, as the right exception. */
    static StoreException of(Phrase what, ClinicAddress address, Throwable failure) {
        if (failure instanceof StoreException known) {
            return known;
        }
        String state = sqlState(failure);
        if (state != null && state.startsWith("08") || causedBy(failure, ConnectException.class)
                || causedBy(failure, UnknownHostException.class)) {
            return new ServerUnreachableException(StoreFailures.phrase("clinic.unreachable", what, address.host(),
                    String.valueOf(address.port())), failure);
        }
        if ("28P01".equals(state) || "28000".equals(state)) {
            return new StoreException(StoreFailures.phrase("clinic.loginRefused", what, address.user()), failure);
        }
        if ("42501".equals(state)) {
            return new StoreException(StoreFailures.phrase("clinic.notAllowed", what, address.user()), failure);
        }
        if ("3D000".equals(state) || "42P01".equals(state)) {
            return new StoreException(StoreFailures.phrase("clinic.notSetUp", what, address.database()), failure);
        }
        return new StoreException(state == null ? StoreFailures.phrase("clinic.otherNoCode", what)
                : StoreFailures.phrase("clinic.other", what, state), failure);
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
