package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.OutOfPocket;
import org.secondlook.advice.StepId;

/** Every earlier format of the stored answers and of session files is read through an explicit upgrade. */
class AnswersFormatTest {

    @TempDir
    Path dir;

    private static String fixture(String name) throws IOException {
        try (InputStream in = AnswersFormatTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void answersInFormat1AreReadWithNothingLost() throws Exception {
        SessionAnswers answers = SessionJson.fromStored(fixture("answers-format-1.json"));
        assertEquals(Diagnosis.KNEE_OSTEOARTHRITIS, answers.profile().diagnosis());
        assertEquals(157, answers.profile().painDurationWeeks());
        assertNull(answers.painAsGiven(), "format 1 kept only weeks");
        assertEquals(new DurationAnswer(3, DurationAnswer.Unit.YEARS), answers.duration(), "shown as a person says it");
        assertEquals(StepId.CHECK, answers.currentStep());
        assertEquals("Worse on stairs.", answers.clinicianNotes().get(NoteKey.step(StepId.PAIN)));
        assertEquals("Explained the trials.", answers.clinicianNotes().get(NoteKey.option("bone-marrow-cells")));
        assertEquals(List.of("exercise-therapy", "bone-marrow-cells"), answers.comparedOptions());
        assertNull(answers.travel());
    }

    @Test
    void answersAreStoredInTheCurrentFormatAndReadBackEqual() {
        SessionAnswers answers = SessionSamples.full().withTravel(new OutOfPocket.Travel(900, 1200, 0),
                Map.of("bone-marrow-cells", 2));
        String stored = SessionJson.toStored(answers);
        assertTrue(stored.startsWith("{\"format\":" + AnswersFormat.CURRENT + ","), stored);
        assertEquals(answers, SessionJson.fromStored(stored));
    }

    @Test
    void answersFromANewerVersionAreRefusedInWords() {
        StoreException refused = assertThrows(StoreException.class,
                () -> SessionJson.fromStored("{\"format\":99,\"currentStep\":\"welcome\"}"));
        assertTrue(refused.getMessage().contains("newer version of Second Look"), refused.getMessage());
    }

    @Test
    void aDatabaseWithFormat1AnswersAndStoredResultsOpensAfterTheUpgrade() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            SchemaMigrations.migrate(old, 3);
            try (PreparedStatement insert = old.prepareStatement("INSERT INTO sessions (label, status, site, diagnosis,"
                    + " pain_intensity, sure_score, leaning, content_version, result_json, answers_json, created_at,"
                    + " updated_at) VALUES ('Ana', 'COMPLETED', 'KNEE', 'KNEE_OSTEOARTHRITIS', 6, 3, 'bone-marrow-cells',"
                    + " '2026.11.0', '{\"options\":[]}', ?, 1700000000000, 1700000060000)")) {
                insert.setString(1, fixture("answers-format-1.json"));
                insert.executeUpdate();
            }
        }
        try (SessionStore store = SessionStore.open(db)) {
            Session session = store.get(new SessionId(1));
            assertEquals(SessionJson.fromStored(fixture("answers-format-1.json")), session.answers());
            assertEquals(SessionStatus.COMPLETED, session.status());
        }
    }

    @Test
    void aSessionFileInFormat1ImportsWithoutItsStoredResult() throws Exception {
        Path file = dir.resolve("ana.json");
        Files.writeString(file, fixture("session-file-format-1.json"));
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId id = store.importFile(file, SessionSamples.RULES).join();
            Session imported = store.get(id);
            assertEquals("Ana López", imported.label());
            assertEquals(StepId.FIRST, imported.answers().currentStep(), "format 1's unknown step 'summary' starts over");
            assertEquals("Worse on stairs.", imported.answers().clinicianNotes().get(NoteKey.step(StepId.PAIN)));
            Path again = dir.resolve("again.json");
            store.exportTo(id, again, false);
            assertTrue(Files.readString(again).contains("\"formatVersion\" : " + SessionFiles.FORMAT_VERSION));
            assertTrue(Files.readString(again).contains("\"format\" : " + AnswersFormat.CURRENT));
        }
    }
}
