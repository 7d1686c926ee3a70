package org.secondlook.session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history list as SQL. Pages are found by keyset (created time, id), which the
 * {@code sessions_by_created} index serves directly, so page 1,000 costs what page 1 does.
 */
final class SessionListing {

    /** The trigram label index needs at least three characters; shorter searches read the labels themselves. */
    private static final int TRIGRAM = 3;

    private SessionListing() {
    }

    /** How a store finds the labels that contain some text: a condition added to the query. */
    interface LabelFilter {
        void append(String text, StringBuilder sql, List<Object> parameters);
    }

    /** SQLite: the FTS5 trigram table, or LIKE for text too short for trigrams. */
    static final LabelFilter SQLITE = (text, sql, parameters) -> {
        if (text.codePointCount(0, text.length()) >= TRIGRAM) {
            sql.append(" AND id IN (SELECT rowid FROM session_labels WHERE session_labels MATCH ?)");
            parameters.add('"' + text.replace("\"", "\"\"") + '"');
        } else {
            sql.append(" AND label LIKE ? ESCAPE '\\'");
            parameters.add(likePattern(text));
        }
    };

    /** {@code %text%} with the LIKE wildcards in the text taken literally. */
    static String likePattern(String text) {
        return '%' + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + '%';
    }

    static SessionPage page(Connection connection, SessionQuery query) throws SQLException {
        return page(connection, query, SQLITE);
    }

    static SessionPage page(Connection connection, SessionQuery query, LabelFilter labels) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + SessionRows.SUMMARY_COLUMNS + " FROM sessions WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.labelContains() != null) {
            labels.append(query.labelContains(), sql, parameters);
        }
        if (query.diagnosis() != null) {
            sql.append(" AND diagnosis = ?");
            parameters.add(query.diagnosis().name());
        }
        if (query.createdFrom() != null) {
            sql.append(" AND created_at >= ?");
            parameters.add(query.createdFrom().toEpochMilli());
        }
        if (query.createdBefore() != null) {
            sql.append(" AND created_at < ?");
            parameters.add(query.createdBefore().toEpochMilli());
        }
        if (query.after() != null) {
            // A row value, unlike the equivalent OR, lets SQLite start the index scan at the cursor.
            sql.append(" AND (created_at, id) < (?, ?)");
            parameters.add(query.after().createdAtMillis());
            parameters.add(query.after().id());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ?");
        parameters.add(query.limit() + 1);

        List<SessionSummary> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(SessionRows.summary(rows));
                }
            }
        }
        if (found.size() <= query.limit()) {
            return new SessionPage(found, Optional.empty());
        }
        List<SessionSummary> page = found.subList(0, query.limit());
        SessionSummary last = page.get(page.size() - 1);
        return new SessionPage(page, Optional.of(new PageCursor(last.createdAt().toEpochMilli(), last.id().value())));
    }

    static Optional<SessionSummary> latestUnfinished(Connection connection) throws SQLException {
        String sql = "SELECT " + SessionRows.SUMMARY_COLUMNS + " FROM sessions WHERE status = 'IN_PROGRESS'"
                + " ORDER BY updated_at DESC, id DESC LIMIT 1";
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(SessionRows.summary(rows)) : Optional.empty();
        }
    }
}
