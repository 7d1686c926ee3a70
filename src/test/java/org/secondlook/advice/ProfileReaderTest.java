package org.secondlook.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProfileReaderTest {

    private static final String MINIMAL = """
            {"site": "LOW_BACK", "painDurationWeeks": 20, "painIntensity": 5, "diagnosis": "NOT_DIAGNOSED"}""";

    private static Profile read(String json) throws IOException {
        return new ProfileReader(TestProfile.KB).read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The minimal profile with one field replaced or added (a raw JSON value), or removed (null). */
    private static String minimalWith(String field, String value) {
        String body = MINIMAL.strip();
        body = body.substring(1, body.length() - 1).replaceAll("\"" + field + "\": [^,}]+,? ?", "").strip();
        body = body.endsWith(",") ? body.substring(0, body.length() - 1) : body;
        return "{" + body + (value == null ? "" : ", \"" + field + "\": " + value) + "}";
    }

    @Test
    void readsAFullProfile() throws IOException {
        Profile profile = read("""
                {
                  "site": "KNEE", "side": "LEFT", "painDurationWeeks": 30, "painIntensity": 7,
                  "impact": {"SLEEP": 3, "WORK": 1},
                  "onset": "AFTER_INJURY", "diagnosis": "KNEE_OSTEOARTHRITIS", "imagingDone": true,
                  "redFlags": ["HOT_SWOLLEN_KNEE_WITH_FEVER"],
                  "priorTreatments": [{"option": "exercise-therapy", "outcome": "PARTLY", "weeks": 8},
                                      {"option": "opioids", "outcome": "SIDE_EFFECTS"}],
                  "priorities": {"AVOID_SURGERY": 4, "LOW_COST": 2},
                  "country": "MEXICO", "insured": false, "budget": "UNDER_2000", "willingToTravel": true,
                  "leaning": "bone-marrow-cells"
                }""");
        assertEquals(new Profile(Site.KNEE, Side.LEFT, 30, 7, Map.of(LifeArea.SLEEP, 3, LifeArea.WORK, 1),
                Onset.AFTER_INJURY, Diagnosis.KNEE_OSTEOARTHRITIS, true, Set.of(RedFlag.HOT_SWOLLEN_KNEE_WITH_FEVER),
                List.of(new PriorTreatment("exercise-therapy", Outcome.PARTLY, 8),
                        new PriorTreatment("opioids", Outcome.SIDE_EFFECTS, null)),
                Map.of(Priority.AVOID_SURGERY, 4, Priority.LOW_COST, 2), Country.MEXICO, false, Budget.UNDER_2000,
                true, "bone-marrow-cells"), profile);
    }

    @Test
    void readsAMinimalProfileWithEmptyOptionalAnswers() throws IOException {
        Profile profile = read(MINIMAL);
        assertEquals(Diagnosis.NOT_DIAGNOSED, profile.diagnosis());
        assertTrue(profile.redFlags().isEmpty());
        assertTrue(profile.priorities().isEmpty());
        assertEquals(null, profile.budget());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        malformed JSON                 | {"site": "KNEE",                                  | profile: this is not valid JSON (line 1, column
        not an object                  | [1, 2]                                            | profile: the file must hold one JSON object
        empty file                     | ''                                                | profile: the file is empty
        text after the profile         | @MINIMAL {}                                       | profile: there is more text after the end
        duplicate field                | @MINIMAL@site="KNEE"                              | site: appears more than once
        unknown field                  | @MINIMAL@painLevel=3                              | painLevel: is not a profile field; use one of budget, country, diagnosis,
        unknown nested field           | @MINIMAL@priorTreatments=[{"option": "yoga", "outcome": "HELPED", "when": 1}] | priorTreatments[0].when: is not a profile field; use one of option, outcome, weeks
        wrong type, text for number    | @MINIMAL@painIntensity="high"                     | painIntensity: "high" is not a whole number
        wrong type, decimal            | @MINIMAL@painIntensity=5.5                        | painIntensity: 5.5 is not a whole number
        wrong type, number for yes/no  | @MINIMAL@insured=1                                | insured: 1 is not true or false
        wrong type, object for list    | @MINIMAL@redFlags={"a": 1}                        | redFlags: {"a":1} is not a list in square brackets
        wrong type, list for ratings   | @MINIMAL@priorities=[4]                           | priorities: [4] is not an object of names and ratings from 0 to 4
        wrong type, number for option  | @MINIMAL@leaning=7                                | leaning: 7 is not text in quotes
        unknown enum                   | @MINIMAL@diagnosis="BROKEN_BACK"                  | diagnosis: "BROKEN_BACK" is not one of NONSPECIFIC_LOW_BACK_PAIN, DEGENERATIVE_DISC_DISEASE
        enum given as a number         | @MINIMAL@site=0                                   | site: 0 is not one of LOW_BACK, KNEE
        unknown enum in a list         | @MINIMAL@redFlags=["HEADACHE"]                    | redFlags[0]: "HEADACHE" is not one of SADDLE_NUMBNESS,
        unknown rating name            | @MINIMAL@priorities={"LOOKS": 3}                  | priorities.LOOKS: "LOOKS" is not one of AVOID_SURGERY,
        unknown outcome                | @MINIMAL@priorTreatments=[{"option": "yoga", "outcome": "GREAT"}] | priorTreatments[0].outcome: "GREAT" is not one of HELPED, PARTLY, NO_CHANGE, WORSE, SIDE_EFFECTS
        intensity too high             | @MINIMAL@painIntensity=11                         | painIntensity: 11 is out of range; use a whole number from 0 to 10
        intensity below zero           | @MINIMAL@painIntensity=-1                         | painIntensity: -1 is out of range; use a whole number from 0 to 10
        duration too long              | @MINIMAL@painDurationWeeks=5000                   | painDurationWeeks: 5000 is out of range; use a whole number from 0 to 4160
        huge number                    | @MINIMAL@painDurationWeeks=99999999999            | painDurationWeeks: 99999999999 is far too big
        rating too high                | @MINIMAL@priorities={"AVOID_SURGERY": 5}          | priorities.AVOID_SURGERY: 5 is out of range; use a whole number from 0 to 4
        impact too high                | @MINIMAL@impact={"SLEEP": 9}                      | impact.SLEEP: 9 is out of range; use a whole number from 0 to 4
        rating is null                 | @MINIMAL@impact={"SLEEP": null}                   | impact.SLEEP: null is not allowed here
        weeks tried below zero         | @MINIMAL@priorTreatments=[{"option": "yoga", "outcome": "HELPED", "weeks": -2}] | priorTreatments[0].weeks: -2 is out of range
        unknown option tried           | @MINIMAL@priorTreatments=[{"option": "magic-cure", "outcome": "HELPED"}] | priorTreatments[0].option: "magic-cure" is not an option id; use one of self-care,
        tried without outcome          | @MINIMAL@priorTreatments=[{"option": "yoga"}]     | priorTreatments[0].outcome: is missing; it is required
        unknown leaning                | @MINIMAL@leaning="stem-cells"                     | leaning: "stem-cells" is not an option id
        wrong-site diagnosis           | @MINIMAL@diagnosis="KNEE_OSTEOARTHRITIS"          | diagnosis: KNEE_OSTEOARTHRITIS is not a diagnosis for LOW_BACK pain; use one of NONSPECIFIC_LOW_BACK_PAIN
        missing site                   | @MINIMAL@site                                     | site: is missing; it is required
        missing diagnosis              | @MINIMAL@diagnosis                                | diagnosis: is missing; it is required
        missing duration               | @MINIMAL@painDurationWeeks                        | painDurationWeeks: is missing; it is required
        required field null            | @MINIMAL@painIntensity=null                       | painIntensity: is missing; it is required
        """)
    void aBadProfileIsOneLineNamingTheField(String problem, String json, String expectedStart) {
        ProfileException e = assertThrows(ProfileException.class, () -> read(expand(json)), problem);
        String message = e.getMessage();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.startsWith(expectedStart), problem + ": " + message);
        assertTrue(message.startsWith(e.field() + ": "), message);
        assertFalse(message.contains("org.secondlook") || message.contains("com.fasterxml"), message);
    }

    /** "@MINIMAL@field=value" replaces or adds a field, "@MINIMAL@field" removes it, "@MINIMAL rest" appends. */
    private static String expand(String json) {
        if (json.startsWith("@MINIMAL@")) {
            String change = json.substring("@MINIMAL@".length());
            int equals = change.indexOf('=');
            if (change.matches("site=\"KNEE\"")) {
                return MINIMAL.replace("}", ", \"site\": \"KNEE\"}");
            }
            return equals < 0 ? minimalWith(change, null)
                    : minimalWith(change.substring(0, equals), change.substring(equals + 1));
        }
        return json.startsWith("@MINIMAL") ? MINIMAL + json.substring("@MINIMAL".length()) : json;
    }
}
