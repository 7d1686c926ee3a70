package org.secondlook.report;

import org.secondlook.advice.StepId;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.Mode;
import org.secondlook.advice.Site;
import org.secondlook.advice.Profile;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Country;
import org.secondlook.advice.AdviceEngine;
import java.util.Map;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.RedFlag;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.Cost;
import org.secondlook.knowledge.OutOf100;

class SummaryPdfTest {

    private static final SummaryText TEXT = new SummaryText(Locale.US);
    private static final NumberWords NUMBERS = new NumberWords(Locale.US);

    private static PdfText knee(PaperSize paper, boolean largePrint) {
        return PdfText.read(Summaries.pdf(Summaries.kneeSummary(Set.of(), "Test", null), paper, largePrint));
    }

    @Test
    void everySectionHeadingIsPrinted() {
        String text = knee(PaperSize.A4, false).flat();
        Stream.of("title", "situation.heading", "priorities.heading", "options.heading", "claims.heading",
                        "checklist.heading", "questions.heading", "sure.heading", "notes.heading", "next.heading",
                        "sources.heading", "about.heading")
                .forEach(key -> assertTrue(text.contains(TEXT.text(key)), key));
    }

    @Test
    void kneeCostsAndOutOf100FiguresAreTheContentsOwn() {
        String text = knee(PaperSize.A4, false).flat();
        for (String optionId : Summaries.KNEE_COMPARED) {
            ConditionOption standing = Summaries.KB.condition("KNEE_OSTEOARTHRITIS").orElseThrow()
                    .option(optionId).orElseThrow();
            for (Cost cost : standing.costs()) {
                String figures = org.secondlook.text.Money.figures(cost.min(), cost.max(), cost.mean(), cost.currency(), TEXT);
                if (figures != null) {
                    assertTrue(text.contains(figures), optionId + " " + cost + ": " + figures);
                }
                cost.year().ifPresent(year -> assertTrue(text.contains(TEXT.text("cost.year", year.toString()))));
            }
            for (OutOf100 result : standing.outOf100()) {
                assertTrue(text.contains(TEXT.text("outOf100.people", NUMBERS.format(result.treated()))));
                if (result.comparison() != null) {
                    assertTrue(text.contains(TEXT.text("outOf100.people", NUMBERS.format(result.comparison()))));
                }
            }
        }
        // The knee replacement price: 11,317 to 69,654 US dollars in the content (guards the formatting itself).
        assertTrue(text.contains("$11,317 to $69,654"), text);
        assertFalse(text.contains("40 out of 100 people"), "no icon array from the Muse stroke trial");
    }

    @Test
    void sciaticaOutOf100FiguresAreTheContentsOwn() {
        List<String> compared = List.of("self-care", "discectomy", "gabapentinoids");
        Profile profile = new Profile(Site.LOW_BACK, null, 8, 7, Map.of(), null, Diagnosis.HERNIATED_DISC_SCIATICA, null,
                Set.of(), List.of(), Map.of(), Country.UK, null, null, null, null);
        SessionAnswers answers = new SessionAnswers(profile, null, StepId.CHECK, Mode.SELF, false, null, null, null, null, null,
                compared, null, null);
        String text = PdfText.read(Summaries.pdf(SummaryBuilder.build(Summaries.KB, new AdviceEngine(Summaries.KB), answers,
                "Sciatica", Summaries.CREATED, Locale.UK), PaperSize.A4, false)).flat();
        int arrays = 0;
        for (String optionId : compared) {
            for (OutOf100 result : Summaries.KB.condition("HERNIATED_DISC_SCIATICA").orElseThrow().option(optionId)
                    .orElseThrow().outOf100()) {
                assertTrue(text.contains(TEXT.text("outOf100.people", NUMBERS.format(result.treated()))), optionId);
                arrays++;
            }
        }
        assertTrue(arrays >= 5, "the sciatica options carry out-of-100 figures: " + arrays);
    }

    @Test
    void optionsWithoutOutOf100FiguresSaySo() {
        String text = knee(PaperSize.A4, false).flat();
        assertTrue(text.contains(TEXT.text("noOutOf100")));
    }

    @Test
    void a4AndLetterPagesHaveTheirSizes() {
        PdfText a4 = knee(PaperSize.A4, false);
        PdfText letter = knee(PaperSize.LETTER, false);
        assertAll(
                () -> a4.pageSizes().forEach(p -> assertEquals(595f, p.getWidth(), 1f)),
                () -> a4.pageSizes().forEach(p -> assertEquals(842f, p.getHeight(), 1f)),
                () -> letter.pageSizes().forEach(p -> assertEquals(612f, p.getWidth(), 0.1f)),
                () -> letter.pageSizes().forEach(p -> assertEquals(792f, p.getHeight(), 0.1f)));
        assertEquals(PaperSize.LETTER, PaperSize.forLocale(Locale.US));
        assertEquals(PaperSize.LETTER, PaperSize.forLocale(Locale.CANADA));
        assertEquals(PaperSize.A4, PaperSize.forLocale(Locale.UK));
        assertEquals(PaperSize.A4, PaperSize.forLocale(Locale.ENGLISH));
    }

    @Test
    void everyPageHasItsNumberAndTheDate() {
        PdfText pdf = knee(PaperSize.A4, false);
        int pages = pdf.pageSizes().size();
        String date = Summaries.kneeSummary(Set.of(), "Test", null).header().date();
        for (int page = 1; page <= pages; page++) {
            assertTrue(pdf.flat().contains(TEXT.text("footer", page, pages, date).replaceAll("\\s+", " ")),
                    "page " + page);
        }
    }

    /**
     * DejaVu Sans covers accented Latin, Greek, Cyrillic, Arabic and this emoji (U+1F600), Droid Sans Fallback the
     * Chinese. Arabic is drawn in visual order without joined letter forms; the text reads back in logical order.
     * An emoji none of the fonts has (U+1FAE8, shaking face) prints as the placeholder square.
     */
    @Test
    void labelAndNotesInManyScriptsArePrinted() {
        String label = "Zoë Ångström-Núñez Ελένη Наталья 王小明";
        String note = "Çà et là. Καλημέρα. Привет. مرحبا بكم 你好世界 😀 \uD83E\uDEE8";
        PdfText pdf = PdfText.read(Summaries.pdf(Summaries.kneeSummary(Set.of(), label, note), PaperSize.A4, false));
        String text = pdf.flat();
        for (String word : List.of("Zoë", "Ångström-Núñez", "Ελένη", "Наталья", "王小明", "Çà", "Καλημέρα", "Привет",
                "你好世界", "😀")) {
            assertTrue(text.contains(word), word);
        }
        assertTrue(text.contains("مرحبا") && text.contains("بكم"), "Arabic words");
        assertTrue(text.contains(FontChain.PLACEHOLDER), "an emoji no font has becomes the placeholder");
    }

    @Test
    void aTenThousandCharacterNoteIsPrintedInFull() {
        StringBuilder note = new StringBuilder();
        for (int i = 0; note.length() < 9_400; i++) {
            note.append("word").append(i).append(i % 17 == 0 ? ".\n" : " ");
        }
        note.append("x".repeat(10_000 - note.length()));
        assertEquals(10_000, note.length());
        SummaryModel model = Summaries.kneeSummary(Set.of(), "Long", note.toString());
        PdfText pdf = PdfText.read(Summaries.pdf(model, PaperSize.LETTER, false));
        int pages = pdf.pageSizes().size();
        String withoutFooters = pdf.text();
        for (int page = 1; page <= pages; page++) {
            withoutFooters = withoutFooters.replace(TEXT.text("footer", page, pages, model.header().date()), "");
        }
        assertTrue(withoutFooters.replaceAll("\\s+", "").contains(note.toString().replaceAll("\\s+", "")));
    }

    @Test
    void theWarningBoxIsPrintedFirstOnlyWhenAWarningSignWasReported() {
        String heading = TEXT.text("urgent.heading");
        String withFlag = PdfText.read(Summaries.pdf(
                Summaries.kneeSummary(Set.of(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER), "Flag", null),
                PaperSize.A4, false)).flat();
        assertTrue(withFlag.contains(heading));
        assertTrue(withFlag.indexOf(heading) < withFlag.indexOf(TEXT.text("situation.heading")));
        assertFalse(knee(PaperSize.A4, false).flat().contains(heading));
    }

    @Test
    void largePrintKeepsAllTextAtFourteenPointsOrMore() {
        List<Float> large = knee(PaperSize.A4, true).fontSizes();
        List<Float> normal = knee(PaperSize.A4, false).fontSizes();
        assertTrue(Collections.min(large) >= 14f, "smallest large-print size " + Collections.min(large));
        assertTrue(Collections.min(normal) < 14f);
    }

    @Test
    void afterANewKneeInjuryThePrintoutGivesInjuryCareNotTheChoicesForLastingPain() {
        SummaryModel model = Summaries.kneeSummary(Set.of(RedFlag.CANNOT_BEAR_WEIGHT_AFTER_INJURY), "Injury", null);
        assertTrue(model.injuryFirst());
        assertTrue(model.options().isEmpty());
        assertTrue(model.otherOptions().isEmpty());
        String text = PdfText.read(Summaries.pdf(model, PaperSize.A4, false)).flat().replaceAll("\\s+", " ");
        assertTrue(text.contains(TEXT.text("options.injuryFirst")), "the injury note is printed");
        assertTrue(text.contains("X-ray"), "the X-ray question is printed");
        // The person's own answers (what they tried, what they lean towards) are still printed; the options are not.
        for (String arthritisCare : List.of("Total knee replacement", "Partial knee replacement", "Weight loss")) {
            assertFalse(text.contains(arthritisCare), arthritisCare + " is printed after a knee injury");
        }
        // Without the injury, the same person's printout compares the options.
        assertFalse(Summaries.kneeSummary(Set.of(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER), "Flag", null).options().isEmpty());
    }
}
