package org.secondlook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Diagnosis;
import org.secondlook.session.PageCursor;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionPage;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStore;
import org.secondlook.advice.SureAnswers;

/**
 * Save latency and history listing/search at 1,000 and 100,000 sessions. Run with
 * {@code java -cp ... org.openjdk.jmh.Main SessionStore -f1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class SessionStoreBenchmark {

    private static final long START_MILLIS = 1_700_000_000_000L;

    @Param({"1000", "100000"})
    int sessions;

    private Path folder;
    private SessionStore store;
    private SessionId edited;
    private SessionAnswers answers;
    private PageCursor middle;
    private long edits;

    @Setup(Level.Trial)
    public void fill() throws Exception {
        folder = Files.createTempDirectory("session-bench");
        Path db = folder.resolve("sessions.db");
        answers = SessionAnswers.start(org.secondlook.session.Mode.SELF)
                .withProfile(Profiles.knee()).withSure(new SureAnswers(true, false, true, true));
        try (SessionStore seed = SessionStore.open(db)) {
            seed.createCompleted(answers, "2026.1", "template");
        }
        copyTemplate(db, sessions - 1);
        store = SessionStore.open(db);
        edited = new SessionId(sessions / 2);
        middle = new PageCursor(START_MILLIS + (sessions / 2L) * 60_000, sessions / 2L);
    }

    /** Bulk copies of the first session, spread one minute apart, in one statement (triggers fill the label index). */
    private static void copyTemplate(Path db, int copies) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement fill = c.prepareStatement("""
                     WITH RECURSIVE n(i) AS (SELECT 2 UNION ALL SELECT i + 1 FROM n WHERE i < ? + 1)
                     INSERT INTO sessions (label, status, site, diagnosis, pain_intensity, sure_score, leaning,
                         content_version, result_json, answers_json, created_at, updated_at)
                     SELECT CASE WHEN i % 100 = 0 THEN 'Nakamura ' ELSE 'Patient ' END || i,
                            CASE WHEN i % 10 = 0 THEN 'IN_PROGRESS' ELSE 'COMPLETED' END,
                            site,
                            CASE i % 3 WHEN 0 THEN 'KNEE_OSTEOARTHRITIS' WHEN 1 THEN 'SPINAL_STENOSIS'
                                       ELSE 'NONSPECIFIC_LOW_BACK_PAIN' END,
                            i % 11, sure_score, leaning, content_version, result_json, answers_json,
                            ? + i * 60000, ? + i * 60000
                     FROM n, (SELECT * FROM sessions WHERE id = 1)
                     """)) {
            fill.setInt(1, copies);
            fill.setLong(2, START_MILLIS);
            fill.setLong(3, START_MILLIS);
            fill.executeUpdate();
        }
    }

    @TearDown(Level.Trial)
    public void remove() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public void saveAnswers() {
        store.saveAnswers(edited, answers.withPatientNotes("edit " + edits++)).join();
    }

    @Benchmark
    public SessionPage listFirstPage() {
        return store.list(SessionQuery.newest(50));
    }

    @Benchmark
    public SessionPage listPageInTheMiddle() {
        return store.list(SessionQuery.newest(50).after(middle));
    }

    @Benchmark
    public SessionPage searchRareLabel() {
        return store.list(SessionQuery.newest(50).withLabelContains("nakamura"));
    }

    @Benchmark
    public SessionPage searchCommonLabel() {
        return store.list(SessionQuery.newest(50).withLabelContains("patient 4"));
    }

    @Benchmark
    public SessionPage filterByCondition() {
        return store.list(SessionQuery.newest(50).withDiagnosis(Diagnosis.SPINAL_STENOSIS));
    }

    @Benchmark
    public Object resumeCheck() {
        return store.latestUnfinished();
    }
}
