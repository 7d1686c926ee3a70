package org.secondlook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.Map;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Country;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.Profile;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Site;
import org.secondlook.advice.StepId;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.report.SummaryModel.IconGroup;
import org.secondlook.report.SummaryModel.Numbers;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The printed summary as an accessible, archival PDF: checked with veraPDF and read back for its tags. */
class AccessiblePdfTest {

    private static final SummaryText TEXT = new SummaryText(Locale.US);
    private static final String ARABIC_NAME = "مرحبا بكم";
    private static final String HEBREW_NOTE = "שלום עולם (היום)";
    private static final String SCRIPTS_NOTE = "Çà et là. Καλημέρα. Привет. 你好世界 😀 \uD83E\uDEE8\n"
            + "مرحبا بكم في العيادة (اليوم) 2026 لا\n" + HEBREW_NOTE + "\nΚαλημέρα σας.\nThe benefit is small.";

    /** Summaries with icon arrays (sciatica), with a checklist (knee), with the warning box and typed notes. */
    static Stream<Arguments> summaries() {
        return Stream.of(
                Arguments.of("ordinary", Summaries.pdf(sciatica(), PaperSize.A4, false)),
                Arguments.of("large print", Summaries.pdf(Summaries.kneeSummary(Set.of(), "Ann", null),
                        PaperSize.LETTER, true)),
                Arguments.of("warning sign", Summaries.pdf(
                        Summaries.kneeSummary(Set.of(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER), "Ann", null),
                        PaperSize.A4, false)),
                Arguments.of("notes in many scripts", scripts()));
    }

    private static SummaryModel sciatica() {
        Profile profile = new Profile(Site.LOW_BACK, null, 8, 7, Map.of(), null, Diagnosis.HERNIATED_DISC_SCIATICA,
                null, Set.of(), List.of(), Map.of(), Country.UK, null, null, null, null);
        SessionAnswers answers = new SessionAnswers(profile, null, StepId.CHECK, Mode.SELF, false, null, null, null, null,
                null, List.of("self-care", "discectomy", "gabapentinoids"), null, null);
        return SummaryBuilder.build(Summaries.KB, new AdviceEngine(Summaries.KB), answers, "Sciatica",
                Summaries.CREATED, Locale.UK);
    }

    private static byte[] scripts() {
        return Summaries.pdf(Summaries.kneeSummary(Set.of(), ARABIC_NAME, SCRIPTS_NOTE), PaperSize.A4, false);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("summaries")
    void conformsToPdfUa1(String name, byte[] pdf) {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("summaries")
    void conformsToPdfA2u(String name, byte[] pdf) {
        assertEquals(List.of(), VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void theStructureFollowsTheSections() {
        TaggedPdf pdf = TaggedPdf.read(Summaries.pdf(
                Summaries.kneeSummary(Set.of(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER), "Ann", null), PaperSize.A4, false));
        assertEquals("en-US", pdf.language());
        assertTrue(pdf.displaysTitle() && pdf.marked());
        assertEquals(StandardStructureTypes.DOCUMENT, pdf.types().get(0));
        assertEquals(StandardStructureTypes.H1, pdf.types().get(1));
        List<String> headings = pdf.ofType(StandardStructureTypes.H2).stream().map(TaggedPdf.Tag::text).toList();
        assertTrue(headings.contains(TEXT.text("urgent.heading")), headings.toString());
        assertTrue(headings.indexOf(TEXT.text("urgent.heading")) < headings.indexOf(TEXT.text("situation.heading")));
        assertTrue(headings.contains(TEXT.text("sources.heading")));
        assertEquals(Summaries.KNEE_COMPARED.size(), pdf.ofType(StandardStructureTypes.H3).size()
                - pdf.ofType(StandardStructureTypes.H3).stream()
                        .filter(h -> h.text().equals(TEXT.text("notes.clinician"))
                                || h.text().equals(TEXT.text("notes.patient"))
                                || h.text().startsWith(TEXT.text("other.heading", 2).substring(0, 9)))
                        .count());
        assertEquals(Summaries.KNEE_COMPARED.size(), pdf.ofType(StandardStructureTypes.TABLE).size());
        List<String> rowHeaders = pdf.ofType(StandardStructureTypes.TH).stream().map(TaggedPdf.Tag::text).toList();
        assertTrue(rowHeaders.contains(TEXT.text("row.benefit")), rowHeaders.toString());
        pdf.ofType(StandardStructureTypes.TH)
                .forEach(header -> assertEquals(PDTableAttributeObject.SCOPE_ROW, header.scope(), header.text()));
        for (TaggedPdf.Tag row : pdf.ofType(StandardStructureTypes.TR)) {
            assertEquals(List.of(StandardStructureTypes.TH, StandardStructureTypes.TD), row.kidTypes());
        }
        for (TaggedPdf.Tag item : pdf.ofType(StandardStructureTypes.LI)) {
            assertEquals(List.of(StandardStructureTypes.LBL, StandardStructureTypes.L_BODY), item.kidTypes());
        }
    }

    @Test
    void everyIconArrayIsAFigureThatSaysItsNumbers() {
        SummaryModel model = sciatica();
        List<String> alternatives = TaggedPdf.read(Summaries.pdf(model, PaperSize.A4, false))
                .ofType(StandardStructureTypes.Figure).stream().map(TaggedPdf.Tag::alternative).toList();
        List<IconGroup> groups = model.options().stream().flatMap(o -> o.parts().stream())
                .filter(Numbers.class::isInstance).flatMap(p -> ((Numbers) p).arrays().stream())
                .flatMap(a -> a.groups().stream()).toList();
        assertFalse(groups.isEmpty(), "the sciatica summary has icon arrays");
        for (IconGroup group : groups) {
            assertTrue(alternatives.stream().anyMatch(alt -> alt.contains(group.group() + ": " + group.text())
                    && alt.contains(Math.round(group.outOf100()) + " are filled")), group.toString());
        }
        assertEquals(groups.size(), alternatives.size(), "a figure for each group and nothing else");
    }

    @Test
    void everyTickBoxSaysWhetherItIsTicked() {
        SummaryModel model = Summaries.kneeSummary(Set.of(), "Ann", null);
        List<String> alternatives = TaggedPdf.read(Summaries.pdf(model, PaperSize.A4, false))
                .ofType(StandardStructureTypes.Figure).stream().map(TaggedPdf.Tag::alternative).toList();
        long ticks = alternatives.stream()
                .filter(alt -> alt.equals(TEXT.text("checklist.ticked"))
                        || alt.equals(TEXT.text("checklist.notTicked")))
                .count();
        assertEquals(model.checklist().items().size(), ticks, "every tick box says whether it is ticked");
    }

    /** The characters as drawn: PDFBox's own text extraction would replace ligatures by their letters. */
    @Test
    void theTextHasNoLigatures() {
        String text = TaggedPdf.read(scripts()).drawn();
        assertTrue(text.contains("benefit"));
        assertTrue(text.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "a ligature in the text");
    }

    /**
     * The name "مرحبا بكم" is drawn from the left with its letters joined: the second word first, mim (final), kaf
     * (medial), ba (initial), a space, then the first word, alif (final), ba (medial), ha (initial), ra (final), mim
     * (initial). Hebrew has no joining; its
     * letters are drawn in reverse and the brackets mirrored. Both are given as read in /ActualText and as passages
     * in their own language.
     */
    @Test
    void arabicIsJoinedAndRightToLeftTextIsReordered() {
        TaggedPdf pdf = TaggedPdf.read(scripts());
        assertTrue(pdf.drawn().contains("\uFEE2\uFEDC\uFE91 \uFE8E\uFE92\uFEA3\uFEAE\uFEE3"), "joined Arabic");
        assertFalse(pdf.drawn().contains(ARABIC_NAME), "Arabic drawn in reading order, unjoined");
        assertTrue(pdf.drawn().contains("(םויה) םלוע םולש"), "Hebrew in drawing order");
        List<String> actual = pdf.ofType(StandardStructureTypes.SPAN).stream().map(TaggedPdf.Tag::actualText)
                .map(String::strip).toList();
        assertTrue(actual.contains(ARABIC_NAME), actual.toString());
        assertTrue(actual.contains(HEBREW_NOTE), actual.toString());
        List<String> languages = pdf.ofType(StandardStructureTypes.P).stream().map(TaggedPdf.Tag::language)
                .filter(l -> l != null).toList();
        assertEquals(List.of("ar", "he", "el"), languages, "only passages written in one script get a language");
    }
}
