package org.secondlook.report;

import org.secondlook.advice.StepId;
import org.secondlook.session.NoteKey;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.advice.SureAnswers;

/** Realistic sessions and the summaries made from them, for the report tests. */
public final class Summaries {

    public static final KnowledgeBase KB = load();
    public static final Instant CREATED = Instant.parse("2026-11-24T10:15:00Z");
    /** The knee options compared in {@link #kneeSession}: established, surgery and two experimental ones. */
    public static final List<String> KNEE_COMPARED =
            List.of("exercise-therapy", "total-knee-replacement", "bone-marrow-cells", "muse-cells");

    private Summaries() {
    }

    private static KnowledgeBase load() {
        try {
            return KnowledgeLoader.loadBuiltIn();
        } catch (KnowledgeException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Profile kneeProfile(Set<RedFlag> redFlags) {
        return new Profile(Site.KNEE, Side.LEFT, 40, 6, Map.of(LifeArea.SLEEP, 2, LifeArea.WORK, 3), Onset.GRADUAL,
                Diagnosis.KNEE_OSTEOARTHRITIS, true, redFlags,
                List.of(new PriorTreatment("exercise-therapy", Outcome.PARTLY, 8),
                        new PriorTreatment("nsaid-tablets", Outcome.SIDE_EFFECTS, null)),
                Map.of(Priority.AVOID_SURGERY, 4, Priority.LOW_COST, 2, Priority.STRONG_EVIDENCE, 3,
                        Priority.NOT_TRAVELLING, 0),
                Country.US, true, Budget.UNDER_2000, false, "bone-marrow-cells");
    }

    public static SessionAnswers kneeSession(Set<RedFlag> redFlags, String patientNotes) {
        return new SessionAnswers(kneeProfile(redFlags), null, StepId.CHECK, Mode.CLINICIAN, !redFlags.isEmpty(),
                new SureAnswers(true, false, true, false), Map.of(), patientNotes,
                Map.of(NoteKey.of("options"), "We talked about exercise first.", NoteKey.option("exercise-therapy"),
                        "Check what the plan covers."),
                Set.of("routine", "alternatives"), KNEE_COMPARED, null, null);
    }

    public static SummaryModel kneeSummary(Set<RedFlag> redFlags, String label, String patientNotes) {
        return SummaryBuilder.build(KB, new AdviceEngine(KB), kneeSession(redFlags, patientNotes), label, CREATED,
                Locale.US);
    }

    public static byte[] pdf(SummaryModel model, PaperSize paper, boolean largePrint) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfSummaryWriter(paper, largePrint).write(model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
