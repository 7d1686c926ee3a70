package org.secondlook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Decision;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.advice.OutOfPocket;
import org.secondlook.advice.Profile;
import org.secondlook.advice.StepId;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import org.secondlook.session.NoteKey;
import org.secondlook.session.PainAsGiven;
import org.secondlook.session.SessionAnswers;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Money;
import picocli.CommandLine;

/** The printout renders the engine's decision for the answers: the same options, order and questions as the screen. */
class ScreenAndPaperTest {

    private static final AdviceEngine ENGINE = new AdviceEngine(Summaries.KB);

    @TempDir
    Path dir;

    @Test
    void thePrintedOptionsAndQuestionsAreTheDecisionsInItsOrder() {
        SessionAnswers answers = Summaries.kneeSession(Set.of(), null).withComparedOptions(List.of());
        Decision decision = ENGINE.decide(answers.profile(), answers.comparedOptions(), answers.sure(), answers.travel(), Locale.UK);
        SummaryModel model = SummaryBuilder.build(Summaries.KB, ENGINE, answers, null, Summaries.CREATED, Locale.UK);
        assertEquals(decision.compared().stream().map(OptionAdvice::name).toList(),
                model.options().stream().map(SummaryModel.OptionSummary::name).toList());
        assertEquals(decision.questionsFirst(), model.questions().subList(0, Decision.QUESTIONS_FIRST));
        int more = decision.questions().size() - Decision.QUESTIONS_FIRST;
        assertEquals(List.of(more + " more questions are in the app, on the step \"Check your decision\"."),
                model.questions().subList(Decision.QUESTIONS_FIRST, model.questions().size()));
        assertEquals(decision.nextSteps(), model.nextSteps());
    }

    @Test
    void everyOptionOfTheConditionIsOnPaperTheOthersInOneLineEach() {
        SessionAnswers answers = Summaries.kneeSession(Set.of(), null);
        Decision decision = ENGINE.decide(answers.profile(), answers.comparedOptions(), answers.sure(), answers.travel(), Locale.UK);
        SummaryModel model = SummaryBuilder.build(Summaries.KB, ENGINE, answers, null, Summaries.CREATED, Locale.UK);
        assertEquals(decision.advice().options().size(), model.options().size() + model.otherOptions().size(),
                "nothing is silently left out");
        List<String> others = decision.advice().options().stream()
                .filter(o -> !decision.comparison().contains(o.id())).map(OptionAdvice::name).toList();
        for (int i = 0; i < others.size(); i++) {
            assertTrue(model.otherOptions().get(i).startsWith(others.get(i) + "."), model.otherOptions().get(i));
        }
        String text = PdfText.read(Summaries.pdf(model, PaperSize.A4, false)).flat();
        assertTrue(text.contains("The other " + others.size() + " options for this condition"), "the count is printed");
    }

    @Test
    void notesArePrintedUnderTheNamesPeopleRead() {
        SessionAnswers answers = Summaries.kneeSession(Set.of(), null).withClinicianNotes(Map.of(
                NoteKey.step(StepId.PAIN), "Worse on stairs.", NoteKey.option("bone-marrow-cells"), "Explained the trials."));
        SummaryModel model = SummaryBuilder.build(Summaries.KB, ENGINE, answers, null, Summaries.CREATED, Locale.UK);
        String boneMarrow = Summaries.KB.option("bone-marrow-cells").orElseThrow().name().in(Locale.UK);
        assertEquals(List.of("Your pain: Worse on stairs.", boneMarrow + ": Explained the trials."),
                model.notes().clinician());
    }

    @Test
    void theDurationIsPrintedAsEnteredAndTravelCostsAreKept() {
        Profile p = Summaries.kneeProfile(Set.of());
        Profile threeYears = new Profile(p.site(), p.side(), 157, p.painIntensity(), p.impact(), p.onset(),
                p.diagnosis(), p.imagingDone(), p.redFlags(), p.priorTreatments(), p.priorities(), p.country(),
                p.insured(), p.budget(), p.willingToTravel(), p.leaning());
        SessionAnswers answers = new SessionAnswers(threeYears,
                new PainAsGiven(new DurationAnswer(3, DurationAnswer.Unit.YEARS), threeYears.painIntensity()),
                StepId.CHECK, null, false, null, null, null, null, null, null, new OutOfPocket.Travel(900, 1200, 0), null);
        SummaryModel model = SummaryBuilder.build(Summaries.KB, ENGINE, answers, null, Summaries.CREATED, Locale.UK);
        List<String> lines = model.situation().stream().flatMap(row -> row.lines().stream()).toList();
        assertTrue(lines.contains("3 years"), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("900") && l.contains("1,200") && l.contains("2,100")),
                lines.toString());
    }

    @Test
    void aReaderInMexicoReadsTheSameDollarPricesByCodeOnScreenAndOnPaper() {
        Locale englishInMexico = Language.ENGLISH.locale(Locale.forLanguageTag("es-MX"));
        SessionAnswers answers = Summaries.kneeSession(Set.of(), null).withTravel(new OutOfPocket.Travel(900, 300, 0), Map.of());
        Decision decision = ENGINE.decide(answers.profile(), answers.comparedOptions(), answers.sure(), answers.travel(),
                englishInMexico);
        SummaryModel model = SummaryBuilder.build(Summaries.KB, ENGINE, answers, null, Summaries.CREATED, englishInMexico);
        byte[] pdf = Summaries.pdf(model, PaperSize.LETTER, false);
        assertEquals("en-US", TaggedPdf.read(pdf).language(), "the document's language, without the reader's currency");
        String paper = PdfText.read(pdf).flat();
        Messages screen = new Messages(englishInMexico);
        List<String> screenFigures = decision.compared().stream().flatMap(option -> option.cost().lines().stream())
                .map(line -> Money.figures(line, screen)).filter(Objects::nonNull).toList();
        assertFalse(screenFigures.isEmpty(), "the compared options have prices");
        screenFigures.forEach(figures -> assertTrue(paper.contains(figures), figures + " is printed as the screen shows it"));
        assertTrue(paper.contains("USD 11,317 to USD 69,654"), paper);
        assertTrue(paper.contains("Flights USD 900, hotel or stay USD 300"), paper);
        assertFalse(paper.contains("$"), "no price that could be read as pesos");
    }

    @Test
    void exportPrintsTheOptionsInRecommendsComparisonOrderWithTheSameQuestions() throws Exception {
        Path profile = Files.writeString(dir.resolve("knee.json"), ExportCommandTest.KNEE_PROFILE);
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, run(out, "recommend", "--profile", profile.toString()));
        JsonNode result = new ObjectMapper().readTree(out.toString());
        List<String> comparison = new ArrayList<>();
        result.get("comparison").forEach(id -> comparison.add(id.asText()));
        List<String> questions = new ArrayList<>();
        result.get("questionsFirst").forEach(q -> questions.add(q.asText()));
        assertTrue(comparison.size() >= 2, comparison.toString());

        Path pdf = dir.resolve("knee.pdf");
        assertEquals(ExitCodes.OK, run(new StringWriter(), "export", "--profile", profile.toString(), "--pdf", pdf.toString()));
        String text = PdfText.read(Files.readAllBytes(pdf)).flat();
        int at = -1;
        for (String id : comparison) {
            String name = Summaries.KB.option(id).orElseThrow().name().in(Locale.ENGLISH);
            int found = text.indexOf(name, at + 1);
            assertTrue(found > at, name + " is printed after the option before it in recommend's comparison");
            at = found;
        }
        SummaryModel model = SummaryBuilder.build(Summaries.KB, ENGINE,
                SummaryBuilder.profileOnly(new org.secondlook.advice.ProfileReader(Summaries.KB).read(profile)), null,
                Summaries.CREATED, Locale.ENGLISH);
        assertEquals(questions, model.questions().subList(0, questions.size()));
    }

    private static int run(StringWriter out, String... args) {
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(o -> {
        })));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }
}
