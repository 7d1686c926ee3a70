package org.secondlook.session;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.PGConnection;

/**
 * Setting up and looking after a clinic store: the schema (by Flyway), the clinicians' login roles, the audit log.
 * Run by the role that owns the database; clinicians use {@link ClinicStore}.
 */
public final class ClinicSetup implements AutoCloseable {

    private static final String MIGRATIONS = "classpath:org/secondlook/session/clinic";
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final int MAX_CLINIC_LENGTH = 100;

    /** One line of the audit log. */
    public record AuditEntry(java.time.Instant at, String clinician, String clinic, SessionId session, String action) {
    }

    private final ClinicAddress address;
    private final HikariDataSource pool;

    private ClinicSetup(ClinicAddress address, HikariDataSource pool) {
        this.address = address;
        this.pool = pool;
    }

    /** Connects as the address's role; for init and add-clinician that is the database's owner. */
    public static ClinicSetup connect(ClinicAddress address, char[] password) {
        // Flyway holds one connection for its lock and migrates on another.
        return new ClinicSetup(address, ClinicStore.pool(address, password, 2));
    }

    /**
     * Creates or upgrades the schema; running it again changes nothing.
     *
     * @return how many schema versions were applied now
     */
    public int init() {
        try {
            return Flyway.configure(ClinicSetup.class.getClassLoader())
                    .dataSource(pool)
                    .locations(MIGRATIONS)
                    .table("second_look_schema_history")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw ClinicFailures.of(StoreFailures.phrase("do.setUpClinic", address.toString()), address, e);
        }
    }

    /**
     * Adds a login role for a clinician of {@code clinic}, or gives an existing clinician of that clinic a new
     * password. The password is hashed here (SCRAM) so that it never reaches the server or its logs in plain text.
     *
     * @return whether the role was new
     * @throws IllegalArgumentException for a name or clinic that cannot be used, or a clinician of another clinic
     */
    public boolean addClinician(String name, String clinic, char[] password) {
        if (!ROLE_NAME.matcher(name).matches()) {
            throw new WordedArgumentException(StoreFailures.phrase("clinician.badName", name));
        }
        String cleanClinic = clinic == null ? "" : clinic.strip();
        if (cleanClinic.isEmpty() || cleanClinic.length() > MAX_CLINIC_LENGTH) {
            throw new WordedArgumentException(StoreFailures.phrase("clinician.badClinic",
                    String.valueOf(MAX_CLINIC_LENGTH)));
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            Optional<String> existing = clinicOf(connection, name);
            if (existing.isPresent() && !existing.get().equals(cleanClinic)) {
                throw new WordedArgumentException(StoreFailures.phrase("clinician.otherClinic", name,
                        existing.get()));
            }
            boolean isNew = !roleExists(connection, name);
            if (isNew) {
                execute(connection, formatted(connection,
                        "SELECT format('CREATE ROLE %I LOGIN IN ROLE second_look_clinician', ?)", name));
            } else {
                execute(connection, formatted(connection, "SELECT format('GRANT second_look_clinician TO %I', ?)", name));
            }
            if (existing.isEmpty()) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO clinicians (role_name, clinic) VALUES (?, ?)")) {
                    insert.setString(1, name);
                    insert.setString(2, cleanClinic);
                    insert.executeUpdate();
                }
            }
            connection.commit();
            connection.unwrap(PGConnection.class).alterUserPassword(name, password, null);
            return isNew;
        } catch (SQLException e) {
            throw ClinicFailures.of(StoreFailures.phrase("do.addClinician", name), address, e);
        }
    }

    /** The audit log, oldest first: of one session, or of all; a clinician sees only their clinic's lines. */
    public List<AuditEntry> audit(Optional<SessionId> session) {
        String sql = "SELECT at, clinician, clinic, session_id, action FROM audit_log"
                + (session.isPresent() ? " WHERE session_id = ?" : "") + " ORDER BY id";
        try (Connection connection = pool.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (session.isPresent()) {
                statement.setLong(1, session.get().value());
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3),
                            new SessionId(rows.getLong(4)), rows.getString(5)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw ClinicFailures.of(StoreFailures.phrase("do.readAudit"), address, e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }

    private static Optional<String> clinicOf(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT clinic FROM clinicians WHERE role_name = ?")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        }
    }

    private static boolean roleExists(Connection connection, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        }
    }

    /** A statement with a name quoted by the server itself, since role names cannot be bound parameters. */
    private static String formatted(Connection connection, String format, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(format)) {
            statement.setString(1, name);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
