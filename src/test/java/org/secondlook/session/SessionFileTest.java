package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionFileTest {

    @TempDir
    Path dir;

    @Test
    void exportedSessionImportsAsAnEqualSession() throws Exception {
        Path file = dir.resolve("ana.json");
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId id = store.createCompleted(SessionSamples.full(), SessionSamples.CONTENT, "Ana");
            store.exportTo(id, file, false);
            String text = Files.readString(file);
            assertTrue(text.contains("\"formatVersion\" : 2"), text);

            SessionId copy = store.importFile(file, SessionSamples.RULES).join();
            Session original = store.get(id);
            Session imported = store.get(copy);
            assertFalse(copy.equals(id));
            assertEquals(new Session(copy, original.label(), original.status(), original.answers(),
                    original.contentVersion(), original.createdAt(), original.updatedAt()), imported);
        }
    }

    @Test
    void anUnfinishedSessionWithoutProfileRoundTrips() throws Exception {
        Path file = dir.resolve("blank.json");
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId id = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, null).join();
            store.exportTo(id, file, false);
            assertEquals(store.get(id).answers(), store.get(store.importFile(file, SessionSamples.RULES).join()).answers());
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("not JSON", "{\"formatVersion\": 1, ", "not valid JSON"),
                bad("a JSON array", "[1, 2]", "must hold one JSON object"),
                bad("two objects", "{\"formatVersion\":1} {}", "not valid JSON"),
                bad("format version missing", j -> j.without("formatVersion"), "'formatVersion' is missing"),
                bad("format version as text", j -> j.put("formatVersion", "1"), "'formatVersion' must be a whole number"),
                bad("unknown format version", j -> j.put("formatVersion", 9), "unknown format version 9"),
                bad("status missing", j -> j.without("status"), "required field 'status' is missing"),
                bad("unknown status", j -> j.put("status", "ARCHIVED"), "field 'status' has unknown value 'ARCHIVED'"),
                bad("content version missing", j -> j.without("contentVersion"), "'contentVersion' is missing"),
                bad("created time missing", j -> j.without("createdAt"), "'createdAt' is missing"),
                bad("created time not a time", j -> j.put("createdAt", "yesterday"), "'createdAt' is yesterday, not a date"),
                bad("updated before created", j -> j.put("updatedAt", "2000-01-01T00:00:00Z"), "'updatedAt' is earlier"),
                bad("answers missing", j -> j.without("answers"), "required field 'answers' is missing"),
                bad("answers not an object", j -> j.put("answers", "yes"), "field 'answers' has the wrong type"),
                bad("mode missing", j -> answers(j).without("mode"), "'answers.mode' is missing"),
                bad("unknown mode", j -> answers(j).put("mode", "ROBOT"), "'answers.mode' has unknown value 'ROBOT'"),
                bad("mode as number", j -> answers(j).put("mode", 1), "'answers.mode'"),
                bad("unknown field", j -> answers(j).put("password", "x"), "unknown field 'answers.password'"),
                bad("boolean as text", j -> answers(j).put("urgentAcknowledged", "true"), "'answers.urgentAcknowledged' has the wrong type; expected true or false"),
                bad("notes as number", j -> answers(j).put("patientNotes", 42), "'answers.patientNotes' has the wrong type; expected text"),
                bad("huge notes", j -> answers(j).put("patientNotes", "a".repeat(100_001)), "'answers.patientNotes' is 100001 characters long"),
                bad("huge label", j -> j.put("label", "b".repeat(201)), "'label' is 201 characters long"),
                bad("huge clinician note", j -> answers(j).putObject("clinicianNotes").put("pain", "c".repeat(100_001)), "'answers.clinicianNotes.pain' is 100001"),
                bad("null in checklist", j -> answers(j).putArray("checklist").addNull(), "'answers.checklist' contains an empty (null) entry"),
                bad("knowledge answer as text", j -> answers(j).putObject("knowledgeCheck").put("q1", "yes"), "'answers.knowledgeCheck.q1' has the wrong type"),
                bad("pain above 10", j -> profile(j).put("painIntensity", 11), "'answers.profile.painIntensity' is 11; it must be from 0 to 10"),
                bad("negative pain", j -> profile(j).put("painIntensity", -1), "'answers.profile.painIntensity' is -1"),
                bad("pain as fraction", j -> profile(j).put("painIntensity", 5.5), "'answers.profile.painIntensity' has the wrong type; expected a whole number"),
                bad("pain as text", j -> profile(j).put("painIntensity", "5"), "'answers.profile.painIntensity' has the wrong type"),
                bad("pain null", j -> profile(j).putNull("painIntensity"), "'answers.profile.painIntensity'"),
                bad("duration too long", j -> profile(j).put("painDurationWeeks", 4161), "'answers.profile.painDurationWeeks' is 4161; it must be from 0 to 4160"),
                bad("rating above 4", j -> profile(j).putObject("priorities").put("LOW_COST", 5), "'answers.profile.priorities.LOW_COST' is 5; it must be from 0 to 4"),
                bad("impact rating null", j -> profile(j).putObject("impact").putNull("SLEEP"), "'answers.profile.impact'"),
                bad("unknown priority", j -> profile(j).putObject("priorities").put("BEING_RICH", 2), "'answers.profile.priorities' has unknown value 'BEING_RICH'"),
                bad("unknown site", j -> profile(j).put("site", "ELBOW"), "'answers.profile.site' has unknown value 'ELBOW'; expected one of LOW_BACK, KNEE"),
                bad("unknown red flag", j -> profile(j).putArray("redFlags").add("HEADACHE"), "'answers.profile.redFlags[0]' has unknown value 'HEADACHE'"),
                bad("diagnosis for another site", j -> profile(j).put("diagnosis", "SPINAL_STENOSIS"), "'answers.profile.diagnosis' is SPINAL_STENOSIS, which does not apply to pain at KNEE"),
                bad("prior treatment without option", j -> ((ObjectNode) profile(j).withArray("priorTreatments").get(0)).without("option"), "required field 'answers.profile.priorTreatments[0].option' is missing"),
                bad("prior treatment weeks too long", j -> ((ObjectNode) profile(j).withArray("priorTreatments").get(0)).put("weeks", 5000), "'answers.profile.priorTreatments[0].weeks' is 5000"),
                bad("completed without profile", j -> answers(j).putNull("profile"), "'answers.profile' is missing"),
                bad("a result in format 2", j -> j.putObject("result"), "unknown field 'result'"),
                bad("SURE answer as number", j -> answers(j).putObject("sure").put("sure", 1), "'answers.sure.sure' has the wrong type"),
                bad("travel costs negative", j -> answers(j).putObject("travel").put("flights", -5).put("stay", 0).put("companion", 0), "'answers.travel'"),
                bad("unknown step", j -> answers(j).put("currentStep", "lunch"), "'answers.currentStep'"),
                bad("newer answers format", j -> answers(j).put("format", 9), "newer version of Second Look"),
                bad("too large", j -> j.put("padding", "x".repeat(6 * 1024 * 1024)), "the file is larger than 5 MB"));
    }

    private static ObjectNode answers(ObjectNode file) {
        return (ObjectNode) file.get("answers");
    }

    private static ObjectNode profile(ObjectNode file) {
        return (ObjectNode) answers(file).get("profile");
    }

    private static Arguments bad(String what, Consumer<ObjectNode> change, String expected) {
        return Arguments.of(what, new BadFile(null, change), expected);
    }

    private static Arguments bad(String what, String text, String expected) {
        return Arguments.of(what, new BadFile(text, null), expected);
    }

    /** Either a literal text or a change to a valid exported file. */
    record BadFile(String text, Consumer<ObjectNode> change) {
        @Override
        public String toString() {
            return text != null ? "text" : "changed export";
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void refusesABadFileWithAClearMessageAndWritesNothing(String what, BadFile bad, String expected) throws Exception {
        Path db = dir.resolve("s.db");
        Path file = dir.resolve("bad.json");
        try (SessionStore store = SessionStore.open(db)) {
            SessionId id = store.createCompleted(SessionSamples.full(), SessionSamples.CONTENT, "Ana");
            if (bad.text() != null) {
                Files.writeString(file, bad.text());
            } else {
                Path good = dir.resolve("good.json");
                store.exportTo(id, good, false);
                ObjectNode json = (ObjectNode) SessionJson.MAPPER.readTree(good.toFile());
                bad.change().accept(json);
                SessionJson.MAPPER.writeValue(file.toFile(), json);
            }

            CompletionException failure = assertThrows(CompletionException.class, () -> store.importFile(file, SessionSamples.RULES).join());

            ImportException refused = assertInstanceOf(ImportException.class, failure.getCause());
            String message = refused.getMessage();
            assertTrue(message.startsWith("Cannot import bad.json: "), message);
            assertTrue(message.contains(expected), () -> "expected '" + expected + "' in: " + message);
            assertFalse(message.contains("\n"), message);
            assertTrue(message.length() < 400, message);
            assertEquals(1, store.list(SessionQuery.newest(10)).sessions().size(), "nothing was written");
        }
    }
}
