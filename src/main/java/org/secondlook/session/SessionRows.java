package org.secondlook.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Profile;
import org.secondlook.advice.Site;

/** Moves sessions between records and rows of the {@code sessions} table. */
final class SessionRows {

    static final String SUMMARY_COLUMNS =
            "id, label, status, site, diagnosis, pain_intensity, sure_score, leaning, warning_sign, created_at, updated_at";
    static final String SESSION_COLUMNS =
            "id, label, status, answers_json, content_version, created_at, updated_at";

    /** The columns copied out of the answers so that listing and searching need not parse JSON. */
    static final String ANSWER_COLUMNS =
            "site, diagnosis, pain_intensity, sure_score, leaning, warning_sign, answers_json";
    /** One placeholder for each of the {@link #ANSWER_COLUMNS}. */
    static final String ANSWER_PLACEHOLDERS = "?, ?, ?, ?, ?, ?, ?";

    private SessionRows() {
    }

    /** Binds the {@link #ANSWER_COLUMNS} starting at parameter {@code first}; returns the next free index. */
    static int bindAnswers(PreparedStatement statement, int first, SessionAnswers answers) throws SQLException {
        Profile profile = answers.profile();
        int i = first;
        setText(statement, i++, profile == null || profile.site() == null ? null : profile.site().name());
        setText(statement, i++, profile == null || profile.diagnosis() == null ? null : profile.diagnosis().name());
        setNumber(statement, i++, answers.intensity());
        setNumber(statement, i++, answers.sure().allAnswered() ? answers.sure().score() : null);
        setText(statement, i++, profile == null ? null : profile.leaning());
        statement.setInt(i++, profile != null && !profile.redFlags().isEmpty() ? 1 : 0);
        statement.setString(i++, SessionJson.toStored(answers));
        return i;
    }

    static Optional<Session> find(Connection connection, SessionId id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + SESSION_COLUMNS + " FROM sessions WHERE id = ?")) {
            statement.setLong(1, id.value());
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(session(row)) : Optional.empty();
            }
        }
    }

    static Session session(ResultSet row) throws SQLException {
        return new Session(
                new SessionId(row.getLong("id")),
                row.getString("label"),
                SessionStatus.valueOf(row.getString("status")),
                SessionJson.fromStored(row.getString("answers_json")),
                row.getString("content_version"),
                Instant.ofEpochMilli(row.getLong("created_at")),
                Instant.ofEpochMilli(row.getLong("updated_at")));
    }

    static SessionSummary summary(ResultSet row) throws SQLException {
        String site = row.getString("site");
        String diagnosis = row.getString("diagnosis");
        return new SessionSummary(
                new SessionId(row.getLong("id")),
                row.getString("label"),
                SessionStatus.valueOf(row.getString("status")),
                site == null ? null : Site.valueOf(site),
                diagnosis == null ? null : Diagnosis.valueOf(diagnosis),
                number(row, "pain_intensity"),
                number(row, "sure_score"),
                row.getString("leaning"),
                row.getInt("warning_sign") != 0,
                Instant.ofEpochMilli(row.getLong("created_at")),
                Instant.ofEpochMilli(row.getLong("updated_at")));
    }

    static void setText(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static void setNumber(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static Integer number(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }
}
