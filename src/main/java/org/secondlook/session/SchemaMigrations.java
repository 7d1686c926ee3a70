package org.secondlook.session;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a database up to the schema this code knows, one SQL file per version, each in its own transaction.
 * The version reached is kept in {@code PRAGMA user_version}, written in the same transaction as the change.
 */
final class SchemaMigrations {

    private static final String FOLDER = "migrations/";
    private static final List<String> FILES = List.of(
            "V1__init.sql",
            "V2__label_search.sql",
            "V3__resume_index.sql",
            "V4__drop_result.sql",
            "V5__warning_sign.sql");

    private SchemaMigrations() {
    }

    static int latestVersion() {
        return FILES.size();
    }

    static int versionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("PRAGMA user_version")) {
            return row.getInt(1);
        }
    }

    /**
     * Applies every version after the current one up to {@code target}; the connection must be in auto-commit mode.
     * The version is read inside each transaction, so two instances opening the same new file do not both migrate it.
     */
    static void migrate(Connection connection, int target) throws SQLException {
        if (target > latestVersion()) {
            throw new IllegalArgumentException("No migration to schema " + target);
        }
        while (applyNext(connection, target)) {
            // each pass applies one version in its own transaction
        }
    }

    private static boolean applyNext(Connection connection, int target) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int next = versionOf(connection) + 1;
            if (next > target) {
                connection.commit();
                return false;
            }
            statement.executeUpdate(script(next));
            statement.executeUpdate("PRAGMA user_version = " + next);
            connection.commit();
            return true;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String script(int version) {
        String file = FILES.get(version - 1);
        if (!file.startsWith("V" + version + "__")) {
            throw new IllegalStateException("Migration " + file + " is listed as version " + version);
        }
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + file + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
