package org.secondlook.session;

import java.util.Optional;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * Where a clinician's password comes from, by PostgreSQL's own conventions: {@code PGPASSWORD}, else the matching
 * line of {@code ~/.pgpass} (or {@code PGPASSFILE}). Otherwise the person is asked; Second Look never stores it.
 */
public final class ClinicPasswords {

    private ClinicPasswords() {
    }

    public static Optional<char[]> stored(ClinicAddress address) {
        String fromEnvironment = System.getenv("PGPASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        String fromFile = PgPassParser.getPassword(address.host(), String.valueOf(address.port()), address.database(),
                address.user());
        return Optional.ofNullable(fromFile).map(String::toCharArray);
    }
}
