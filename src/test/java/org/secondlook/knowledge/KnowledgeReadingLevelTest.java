package org.secondlook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class KnowledgeReadingLevelTest {

    @Test
    void allPatientFacingProseInEveryLanguageIsAsEasyAsItsScaleAsks() throws KnowledgeException {
        KnowledgeBase kb = KnowledgeLoader.loadBuiltIn();

        List<Problem> tooHard = KnowledgeValidator.readingLevel(kb);

        assertTrue(tooHard.isEmpty(), () -> tooHard.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void allPatientFacingTextTogetherIncludingNamesAndLabelsIsAtGradeEightOrBelow() throws KnowledgeException {
        KnowledgeBase kb = KnowledgeLoader.loadBuiltIn();

        ReadingLevel.Counts all = kb.patientTexts().stream().map(t -> ReadingLevel.count(t.text().english()))
                .reduce(new ReadingLevel.Counts(0, 0, 0), ReadingLevel.Counts::plus);

        assertTrue(all.grade() <= ReadingScale.FLESCH_KINCAID.limit(), "grade " + all.grade());
    }

    @Test
    void fleschKincaidMatchesHandCountedExamples() {
        // 6 words, 1 sentence, 6 syllables: 0.39 * 6 + 11.8 * 1 - 15.59
        assertEquals(-1.45, ReadingLevel.grade("The cat sat on the mat."), 1e-9);
        assertEquals(3, ReadingLevel.syllables("exercise"));
        assertEquals(1, ReadingLevel.syllables("used"));
        assertTrue(ReadingLevel.grade("Intradiscal electrothermal annuloplasty demonstrated inconsistent efficacy.") > 8);
    }

    @Test
    void aHardSentenceInEditedContentIsReported(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws KnowledgeException {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.set("options.json", "/options/0/whatItInvolves/text/en", ContentDirectory.json(
                "\"Individualised multimodal conservative management emphasising biopsychosocial rehabilitation considerations is "
                + "recommended for patients experiencing persistent musculoskeletal symptomatology despite pharmacological "
                + "interventions.\""));

        List<Problem> problems = KnowledgeValidator.readingLevel(KnowledgeLoader.loadFrom(content.path()));

        assertTrue(problems.stream().anyMatch(p -> p.file().equals("options.json")
                && p.place().equals("/options/0/whatItInvolves/text/en")
                && p.message().startsWith("reading level is Flesch-Kincaid grade")), problems::toString);
    }

    @Test
    void hardSpanishProseIsReportedOnTheInfleszScaleFieldByFieldAndFileByFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws KnowledgeException {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        String hard = "\"La individualización del tratamiento conservador multimodal, considerando determinantes "
                + "biopsicosociales, constituye la recomendación predominante para pacientes con sintomatología "
                + "musculoesquelética persistente pese a intervenciones farmacológicas.\"";
        content.set("options.json", "/options/0/whatItInvolves/text/es", ContentDirectory.json(hard));

        List<Problem> one = KnowledgeValidator.readingLevel(KnowledgeLoader.loadFrom(content.path()));

        assertEquals(List.of("/options/0/whatItInvolves/text/es"), one.stream().map(Problem::place).toList(), one::toString);
        assertTrue(one.get(0).message().startsWith("reading level is INFLESZ"), one::toString);

        for (int i = 1; i < 30; i++) {
            content.set("options.json", "/options/" + i + "/whatItInvolves/text/es", ContentDirectory.json(hard));
        }
        List<Problem> many = KnowledgeValidator.readingLevel(KnowledgeLoader.loadFrom(content.path()));
        assertTrue(many.stream().anyMatch(p -> p.file().equals("options.json") && p.place().equals("/")
                && p.message().contains("\"es\" is INFLESZ")), many::toString);
    }

}
