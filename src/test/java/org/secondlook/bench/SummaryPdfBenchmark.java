package org.secondlook.bench;

import org.secondlook.session.NoteKey;
import org.secondlook.advice.StepId;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Profile;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.report.PaperSize;
import org.secondlook.report.PdfSummaryWriter;
import org.secondlook.report.SummaryBuilder;
import org.secondlook.session.SessionAnswers;
import org.secondlook.advice.SureAnswers;

/** Building and writing the full summary of a knee session with four options compared; goal under 300 ms warm. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class SummaryPdfBenchmark {

    private KnowledgeBase kb;
    private AdviceEngine engine;
    private SessionAnswers answers;

    @Setup
    public void setUp() throws KnowledgeException {
        kb = KnowledgeLoader.loadBuiltIn();
        engine = new AdviceEngine(kb);
        Profile knee = Profiles.knee();
        // The advice engine checks option ids, so the leaning and the treatment tried are real ones here.
        Profile profile = new Profile(knee.site(), knee.side(), knee.painDurationWeeks(), knee.painIntensity(),
                knee.impact(), knee.onset(), knee.diagnosis(), knee.imagingDone(), knee.redFlags(),
                List.of(new PriorTreatment("exercise-therapy", Outcome.PARTLY, 8)), knee.priorities(),
                knee.country(), knee.insured(), knee.budget(), knee.willingToTravel(), "exercise-therapy");
        answers = new SessionAnswers(profile, null, StepId.CHECK, org.secondlook.session.Mode.CLINICIAN, false,
                new SureAnswers(true, false, true, true), Map.of(), "Ask about time off work. ".repeat(40),
                Map.of(NoteKey.of("options"), "Exercise first, then review in 8 weeks."), Set.of("routine"),
                List.of("exercise-therapy", "knee-steroid-injection", "total-knee-replacement", "bone-marrow-cells"),
                null, null);
    }

    @Benchmark
    public long buildAndWrite() throws IOException {
        CountingStream out = new CountingStream();
        new PdfSummaryWriter(PaperSize.A4, false).write(
                SummaryBuilder.build(kb, engine, answers, "Benchmark", Instant.EPOCH, Locale.UK), out);
        return out.count;
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
