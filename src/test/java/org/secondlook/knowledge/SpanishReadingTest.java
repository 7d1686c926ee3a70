package org.secondlook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Spanish syllable counter and the INFLESZ (Szigriszt-Pazos) scale, against hand-counted words and sentences. */
class SpanishReadingTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // plain syllables
            "casa, 2", "dolor, 2", "rodilla, 3", "espalda, 3", "articulación, 5",
            // diphthongs: a strong and a weak vowel, or two weak ones, are one syllable
            "ciudad, 2", "cuidado, 3", "agua, 2", "guapo, 2", "tiempo, 2", "causa, 2", "aire, 2", "periodo, 3",
            "inyección, 3", "estudiáis, 3", "buey, 1", "hay, 1", "muy, 1", "y, 1", "Uruguay, 3",
            // hiatus: two strong vowels, or a weak vowel with an accent
            "poeta, 3", "leer, 2", "aéreo, 4", "día, 2", "país, 2", "baúl, 2", "reír, 2", "río, 2", "maíz, 2",
            "búho, 2", "ahí, 2", "decía, 3",
            // silent u in que, qui, gue, gui
            "queso, 2", "quiero, 2", "qué, 1", "guerra, 2", "guitarra, 3", "seguir, 2", "química, 3",
            // ü is sounded, and joins the vowel after it
            "pingüino, 3", "vergüenza, 3", "averigüéis, 4", "PINGÜINO, 3",
            // y before a vowel is a consonant
            "ayuda, 3", "yo, 1", "mayor, 2"})
    void countsSpanishSyllables(String word, int syllables) {
        assertEquals(syllables, SpanishSyllables.count(word));
    }

    @Test
    void aWordWithoutVowelsStillCountsAsOneSyllable() {
        assertEquals(1, SpanishSyllables.count("FDA"));
    }

    @Test
    void infleszFollowsTheSzigrisztPazosFormula() {
        // "El gato come pan." 4 words, 1 sentence, 1 + 2 + 2 + 1 = 6 syllables: 206.835 - 62.3 * 6/4 - 4/1
        ReadingLevel.Counts counts = ReadingScale.INFLESZ.count("El gato come pan.");
        assertEquals(new ReadingLevel.Counts(4, 1, 6), counts);
        assertEquals(206.835 - 62.3 * 1.5 - 4, ReadingScale.INFLESZ.score(counts), 1e-9);
    }

    @Test
    void countsAccentedWordsAndNumbers() {
        // "Tomó 2 días." 3 words (a number reads as a word of two syllables), 2 + 2 + 2 syllables
        assertEquals(new ReadingLevel.Counts(3, 1, 6), ReadingScale.INFLESZ.count("Tomó 2 días."));
    }

    @Test
    void plainSpanishIsNormalOrEasierAndTechnicalSpanishIsNot() {
        String plain = "Es una charla con su médico. Usted dice qué le duele y cómo vive con el dolor. Juntos ven qué hacer.";
        String technical = "La individualización del tratamiento conservador multimodal constituye la recomendación "
                + "predominante para pacientes con sintomatología musculoesquelética persistente.";

        assertTrue(ReadingScale.INFLESZ.score(ReadingScale.INFLESZ.count(plain)) >= 65);
        assertTrue(ReadingScale.INFLESZ.tooHard(ReadingScale.INFLESZ.score(ReadingScale.INFLESZ.count(technical))));
    }

    @Test
    void eachLanguageHasItsScale() {
        assertEquals(ReadingScale.FLESCH_KINCAID, ReadingScale.forLanguage("en").orElseThrow());
        assertEquals(ReadingScale.INFLESZ, ReadingScale.forLanguage("es").orElseThrow());
        assertTrue(ReadingScale.forLanguage("fr").isEmpty());
    }
}
