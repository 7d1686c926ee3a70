package org.secondlook.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import org.secondlook.advice.SureAnswers;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionStore;

/**
 * A sessions database with a long history for the history benchmarks: one session saved by the store, then copies of
 * it spread one minute apart (every hundredth labelled "Nakamura", every tenth unfinished), with notes so a row is the
 * size a real one with notes is.
 *   java -cp second-look.jar:test-classes org.secondlook.bench.HistoryFixture FILE COUNT
 */
public final class HistoryFixture {

    static final long START_MILLIS = 1_700_000_000_000L;

    private HistoryFixture() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        Files.deleteIfExists(db);
        fill(db, Integer.parseInt(args[1]));
    }

    static SessionAnswers answers() {
        return SessionAnswers.start(Mode.SELF).withProfile(Profiles.knee())
                .withSure(new SureAnswers(true, false, true, true))
                .withPatientNotes("Worried about time off work; asked about injections and costs. ".repeat(30));
    }

    /** Fills a new database at {@code db} with {@code sessions} sessions. */
    static void fill(Path db, int sessions) throws Exception {
        try (SessionStore seed = SessionStore.open(db)) {
            seed.createCompleted(answers(), "2026.1", "template");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement copy = c.prepareStatement("""
                     WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < ? + 1)
                     INSERT INTO sessions (label, status, site, diagnosis, pain_intensity, sure_score, leaning,
                         content_version, answers_json, created_at, updated_at)
                     SELECT CASE WHEN i % 100 = 0 THEN 'Nakamura ' ELSE 'Patient ' END || i,
                            CASE WHEN i % 10 = 0 THEN 'IN_PROGRESS' ELSE 'COMPLETED' END,
                            site,
                            CASE i % 3 WHEN 0 THEN 'KNEE_OSTEOARTHRITIS' WHEN 1 THEN 'SPINAL_STENOSIS'
                                       ELSE 'NONSPECIFIC_LOW_BACK_PAIN' END,
                            i % 11, sure_score, leaning, content_version, answers_json,
                            ? + i * 60000, ? + i * 60000
                     FROM n, (SELECT * FROM sessions WHERE id = 1)
                     """)) {
            copy.setInt(1, sessions - 1);
            copy.setLong(2, START_MILLIS);
            copy.setLong(3, START_MILLIS);
            copy.executeUpdate();
        }
    }
}
