package org.secondlook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import picocli.CommandLine;

class RecommendCommandTest {

    private static final String KNEE_PROFILE = """
            {
              "site": "KNEE", "side": "LEFT", "painDurationWeeks": 40, "painIntensity": 6,
              "impact": {"SLEEP": 3, "WORK": 2, "DAILY_LIFE": 3},
              "onset": "GRADUAL", "diagnosis": "KNEE_OSTEOARTHRITIS", "imagingDone": true,
              "redFlags": ["HOT_SWOLLEN_KNEE_WITH_FEVER"],
              "priorTreatments": [{"option": "nsaid-tablets", "outcome": "SIDE_EFFECTS", "weeks": 6}],
              "priorities": {"AVOID_SURGERY": 4, "AVOID_NEEDLES": 2, "LOW_COST": 3, "STRONG_EVIDENCE": 4},
              "country": "US", "insured": true, "budget": "UNDER_2000", "willingToTravel": false,
              "leaning": "bone-marrow-cells"
            }""";

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(options -> { })));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path profile(String json) throws IOException {
        return Files.writeString(dir.resolve("profile.json"), json);
    }

    @Test
    void aGoodProfilePrintsTheAdviceAsJson() throws IOException {
        assertEquals(0, run("recommend", "--profile", profile(KNEE_PROFILE).toString()), err.toString());
        JsonNode advice = new ObjectMapper().readTree(out.toString());
        assertTrue(advice.path("urgent").asBoolean());
        assertEquals("HOT_SWOLLEN_KNEE_WITH_FEVER", advice.path("urgentReasons").get(0).path("flag").asText());
        assertEquals("KNEE_OSTEOARTHRITIS", advice.path("conditionId").asText());
        assertFalse(advice.path("contentVersion").asText().isBlank());
        JsonNode options = advice.path("options");
        assertTrue(options.size() > 10);
        for (JsonNode option : options) {
            for (String field : new String[] {"id", "category", "certainty", "cost", "fit", "alreadyTried", "questions"}) {
                assertFalse(option.path(field).isMissingNode(), field + " in " + option.path("id"));
            }
        }
        assertEquals("ESTABLISHED", options.get(0).path("category").asText());
        JsonNode nsaids = findOption(options, "nsaid-tablets");
        assertEquals("SIDE_EFFECTS", nsaids.path("alreadyTried").get(0).path("outcome").asText());
        assertTrue(err.toString().isEmpty(), err.toString());
    }

    @Test
    void aKneeBudgetUnderTwoThousandNeverCoversACellTherapyOrAPrpSeries() throws IOException {
        assertEquals(0, run("recommend", "--profile", profile(KNEE_PROFILE).toString()), err.toString());
        JsonNode options = new ObjectMapper().readTree(out.toString()).path("options");
        for (String id : new String[] {"prp-injection", "bone-marrow-cells", "fat-cells", "cord-cells", "muse-cells"}) {
            JsonNode cost = findOption(options, id).path("cost");
            assertFalse(cost.path("budgetFit").asText().equals("WITHIN"), id);
            cost.path("notes").forEach(note -> assertFalse(note.asText().contains("within your budget"), id + ": " + note));
            findOption(options, id).path("fit").forEach(note ->
                    assertFalse(note.path("sentence").asText().contains("within your budget"), id + ": " + note));
        }
        assertTrue(findOption(options, "prp-injection").path("cost").path("notes").toString().contains("3 \u00d7 injection"));
    }

    private static JsonNode findOption(JsonNode options, String id) {
        for (JsonNode option : options) {
            if (option.path("id").asText().equals(id)) {
                return option;
            }
        }
        throw new AssertionError("no option " + id);
    }

    @Test
    void saveStoresTheResultAsALabelledSessionAndPrintsItsId() throws Exception {
        Path db = dir.resolve("sessions.db");
        assertEquals(0, run("recommend", "--profile", profile(KNEE_PROFILE).toString(), "--save", "--label", "Ana K",
                "--db", db.toString()), err.toString());
        long id = Long.parseLong(out.toString().strip());
        try (org.secondlook.session.SessionStore store = org.secondlook.session.SessionStore.open(db)) {
            org.secondlook.session.Session saved = store.get(new org.secondlook.session.SessionId(id));
            assertEquals("Ana K", saved.label());
            assertEquals(org.secondlook.session.SessionStatus.COMPLETED, saved.status());
            assertEquals(org.secondlook.advice.Diagnosis.KNEE_OSTEOARTHRITIS, saved.answers().profile().diagnosis());
        }
    }

    @Test
    void aBadProfileIsExitTwoWithOneLineNamingTheField() throws IOException {
        Path file = profile(KNEE_PROFILE.replace("\"painIntensity\": 6", "\"painIntensity\": 11"));
        assertEquals(ExitCodes.BAD_INPUT, run("recommend", "--profile", file.toString()));
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertEquals("second-look: " + file + ": painIntensity: 11 is out of range; use a whole number from 0 to 10",
                message);
        assertTrue(out.toString().isEmpty());
    }

    @Test
    void aMissingProfileFileIsExitTwo() {
        Path missing = dir.resolve("nowhere.json");
        assertEquals(ExitCodes.BAD_INPUT, run("recommend", "--profile", missing.toString()));
        assertEquals("second-look: --profile " + missing + ": there is no such file", err.toString().strip());
    }

    @Test
    void missingContentInTheKnowledgeFolderIsExitTwo() throws IOException {
        Path file = profile(KNEE_PROFILE);
        assertEquals(ExitCodes.BAD_INPUT, run("recommend", "--profile", file.toString(),
                "--knowledge", dir.resolve("empty").toString()));
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith("second-look: --knowledge "), message);
    }

    @Test
    void withoutAProfileItIsBadUsage() {
        assertEquals(ExitCodes.BAD_INPUT, run("recommend"));
        assertTrue(err.toString().contains("--profile"), err.toString());
    }

    @Test
    void theKnowledgeCommandIsReachableFromTheRoot() {
        assertEquals(0, run("knowledge", "validate"), err.toString());
        assertTrue(out.toString().startsWith("OK: content "), out.toString());
    }

    /** The conditions of fact sheet part 2 section 9 are reached by their diagnosis, with self-care first. */
    @ParameterizedTest
    @CsvSource({"LOW_BACK, PREGNANCY_BACK_PELVIC_PAIN", "LOW_BACK, DEGENERATIVE_SPONDYLOLISTHESIS",
        "KNEE, DEGENERATIVE_MENISCAL_TEAR", "KNEE, PATELLOFEMORAL_PAIN"})
    void theNewConditionsAreReachedThroughTheirDiagnosis(String site, String diagnosis) throws IOException {
        String json = """
                {"site": "%s", "painDurationWeeks": 20, "painIntensity": 5, "diagnosis": "%s",
                 "country": "MEXICO", "leaning": "bone-marrow-cells"}""".formatted(site, diagnosis);
        assertEquals(0, run("recommend", "--profile", profile(json).toString()), err.toString());
        JsonNode advice = new ObjectMapper().readTree(out.toString());
        assertEquals(diagnosis, advice.path("conditionId").asText());
        JsonNode options = advice.path("options");
        assertEquals("self-care", options.get(0).path("id").asText());
        assertEquals("EXPERIMENTAL", options.get(options.size() - 1).path("category").asText());
        assertEquals("EXPERIMENTAL", findOption(options, "bone-marrow-cells").path("category").asText());
        assertTrue(err.toString().isEmpty(), err.toString());
    }
}
