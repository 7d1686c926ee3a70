package org.secondlook.session;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads every session that can still be read out of a damaged database and writes them, with their ids, into a new
 * one. A damaged index or a damaged page of other sessions must not hide the sessions that are intact.
 */
final class Salvage {

    /** Beyond this many ids past the last readable one, probing one by one is not worth the wait. */
    private static final int MAX_PROBES = 100_000;

    /** @param lost sessions known to exist that could not be read; -1 when the damage hides how many there were */
    record Result(List<Session> saved, int lost, long highestId) {
    }

    private Salvage() {
    }

    /** Never fails: what cannot be read is counted as lost. The file is opened read-only and left unchanged. */
    static Result readFrom(Path file) {
        List<Session> saved = new ArrayList<>();
        int lost = 0;
        boolean complete = true;
        long highest = 0;
        try (Connection damaged = SqliteConnections.openReadOnly(file)) {
            highest = highestEverUsed(damaged);
            TreeSet<Long> ids = new TreeSet<>();
            complete = scanIds(damaged, ids);
            if (!complete) {
                long last = Math.max(highest, ids.isEmpty() ? 0 : ids.last());
                for (long id = 1; id <= last && id <= MAX_PROBES; id++) {
                    if (!ids.contains(id) && exists(damaged, id) != Boolean.FALSE) {
                        ids.add(id);
                    }
                }
                complete = last <= MAX_PROBES && highest > 0;
            }
            for (long id : ids) {
                try {
                    Optional<Session> session = SessionRows.find(damaged, new SessionId(id));
                    if (session.isPresent()) {
                        saved.add(session.get());
                    } else {
                        lost++;
                    }
                } catch (SQLException | RuntimeException unreadable) {
                    lost++;
                }
            }
            highest = Math.max(highest, ids.isEmpty() ? 0 : ids.last());
        } catch (SQLException unreadable) {
            complete = false;
        }
        return new Result(List.copyOf(saved), complete ? lost : -1, highest);
    }

    /** Writes the saved sessions into {@code fresh}, keeping their ids, in one transaction. */
    static void writeTo(Connection fresh, Result salvaged) throws Exception {
        SessionWriter.inTransaction(fresh, connection -> {
            String sql = "INSERT INTO sessions (id, " + SessionRows.ANSWER_COLUMNS
                    + ", label, status, content_version, created_at, updated_at)"
                    + " VALUES (?, " + SessionRows.ANSWER_PLACEHOLDERS + ", ?, ?, ?, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (Session session : salvaged.saved()) {
                    insert.setLong(1, session.id().value());
                    int next = SessionRows.bindAnswers(insert, 2, session.answers());
                    SessionRows.setText(insert, next++, session.label());
                    insert.setString(next++, session.status().name());
                    insert.setString(next++, session.contentVersion());
                    insert.setLong(next++, session.createdAt().toEpochMilli());
                    insert.setLong(next, session.updatedAt().toEpochMilli());
                    insert.executeUpdate();
                }
            }
            // The ids of lost sessions are never given to new ones, so an old reference cannot open other answers.
            try (PreparedStatement sequence = connection.prepareStatement(
                    "INSERT INTO sqlite_sequence (name, seq) SELECT 'sessions', ?"
                            + " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sessions')")) {
                sequence.setLong(1, salvaged.highestId());
                sequence.executeUpdate();
            }
            try (PreparedStatement sequence = connection.prepareStatement(
                    "UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'sessions'")) {
                sequence.setLong(1, salvaged.highestId());
                sequence.executeUpdate();
            }
            return null;
        });
    }

    private static long highestEverUsed(Connection damaged) {
        try (Statement statement = damaged.createStatement();
             ResultSet row = statement.executeQuery("SELECT seq FROM sqlite_sequence WHERE name = 'sessions'")) {
            return row.next() ? row.getLong(1) : 0;
        } catch (SQLException unreadable) {
            return 0;
        }
    }

    /** The ids in the table itself, not in an index, which may be the damaged part; false when the scan broke off. */
    private static boolean scanIds(Connection damaged, TreeSet<Long> ids) {
        try (Statement statement = damaged.createStatement();
             ResultSet rows = statement.executeQuery("SELECT id FROM sessions NOT INDEXED")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return true;
        } catch (SQLException brokenOff) {
            return false;
        }
    }

    /** Whether a session has this id; null when that part of the file cannot be read. */
    private static Boolean exists(Connection damaged, long id) {
        try (PreparedStatement statement = damaged.prepareStatement("SELECT 1 FROM sessions WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        } catch (SQLException unreadable) {
            return null;
        }
    }
}
