package org.secondlook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        answers = HistoryFixture.answers();
        HistoryFixture.fill(db, sessions);
        store = SessionStore.open(db);
        edited = new SessionId(sessions / 2);
        middle = new PageCursor(HistoryFixture.START_MILLIS + (sessions / 2L) * 60_000, sessions / 2L);
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
