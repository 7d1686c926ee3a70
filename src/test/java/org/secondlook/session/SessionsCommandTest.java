package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import picocli.CommandLine;

class SessionsCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private SessionId ana;

    private record Run(int exit, String out, String err) {
    }

    /** {@code second-look sessions args}, as the launcher runs it. */
    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = ExitCodes.install(new CommandLine(new SecondLookCommand(options -> {
            throw new AssertionError("a sessions command opened the window");
        })));
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("sessions"));
        all.addAll(List.of(args));
        int exit = command.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeEach
    void twoSessions() {
        db = dir.resolve("sessions.db");
        try (SessionStore store = SessionStore.open(db)) {
            ana = store.createCompleted(SessionSamples.full(), SessionSamples.CONTENT, "Ana");
            store.createCompleted(SessionSamples.full(SessionSamples.backProfile(3)), SessionSamples.CONTENT, "Bob");
        }
    }

    @Test
    void listsSearchesAndPrintsJson() {
        Run all = run("list", "--db", db.toString());
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().contains("Ana") && all.out().contains("Bob"), all.out());

        Run found = run("list", "--db", db.toString(), "--search", "bo", "--json");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("\"label\" : \"Bob\"") && !found.out().contains("Ana"), found.out());

        Run badLimit = run("list", "--db", db.toString(), "--limit", "lots");
        assertEquals(2, badLimit.exit());
        assertEquals("second-look: --limit must be a whole number from 1 to 1000, not 'lots'.", badLimit.err().strip());
    }

    @Test
    void showsASession() {
        Run shown = run("show", ana.toString(), "--db", db.toString());
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.out().contains("Session " + ana + " - Ana"), shown.out());
        assertTrue(shown.out().contains("SURE score:      3/4"), shown.out());

        Run json = run("show", ana.toString(), "--json", "--db", db.toString());
        assertTrue(json.out().contains("\"formatVersion\" : 2"), json.out());
    }

    @Test
    void exportsImportsAndDeletes() throws Exception {
        Path file = dir.resolve("ana.json");
        Run exported = run("export", ana.toString(), file.toString(), "--db", db.toString());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(Files.exists(file));

        Run imported = run("import", file.toString(), "--db", db.toString());
        assertEquals(0, imported.exit(), imported.err());
        SessionId copy = SessionId.parse(imported.out().strip());

        Run deleted = run("delete", copy.toString(), "--db", db.toString());
        assertEquals(0, deleted.exit(), deleted.err());
        try (SessionStore store = SessionStore.open(db)) {
            assertTrue(store.find(copy).isEmpty());
            assertTrue(store.find(ana).isPresent());
        }
    }

    @Test
    void badInputGivesOneLineAndExitCodeTwo() throws Exception {
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1,");
        String[][] cases = {
                {"show", "999", "--db", db.toString()},
                {"show", "abc", "--db", db.toString()},
                {"delete", "999", "--db", db.toString()},
                {"export", "999", dir.resolve("x.json").toString(), "--db", db.toString()},
                {"export", ana.toString(), dir.resolve("no/such/folder/x.json").toString(), "--db", db.toString()},
                {"import", broken.toString(), "--db", db.toString()},
                {"import", dir.resolve("missing.json").toString(), "--db", db.toString()},
        };
        for (String[] args : cases) {
            Run result = run(args);
            assertEquals(2, result.exit(), String.join(" ", args) + ": " + result.err());
            assertEquals(1, result.err().strip().lines().count(), result.err());
            assertTrue(result.out().isEmpty(), result.out());
        }
        assertTrue(run("show", "999", "--db", db.toString()).err()
                .startsWith("second-look: There is no session 999 (it may have been deleted). Run 'sessions list' to see the ids."));
    }

    @Test
    void listSaysStatusAndConditionInWordsInAlignedColumns() {
        try (SessionStore store = SessionStore.open(db)) {
            store.create(SessionSamples.full(SessionSamples.backProfile(5)), SessionSamples.CONTENT, "Cleo").join();
        }
        Run english = run("list", "--db", db.toString(), "--lang", "en");
        assertEquals(0, english.exit(), english.err());
        assertColumns(english.out(), "STATUS", "CONDITION", "LABEL");
        assertTrue(english.out().contains("Finished") && english.out().contains("Not finished"), english.out());
        assertTrue(english.out().contains("Knee osteoarthritis") && english.out().contains("Narrowing of the spine"),
                english.out());

        Run spanish = run("list", "--db", db.toString(), "--lang", "es");
        assertEquals(0, spanish.exit(), spanish.err());
        assertColumns(spanish.out(), "ESTADO", "AFECCIÓN", "NOMBRE");
        assertTrue(spanish.out().contains("Terminada") && spanish.out().contains("Sin terminar"), spanish.out());
        assertTrue(spanish.out().contains("Artrosis de rodilla") && spanish.out().contains("Estrechez de la columna"),
                spanish.out());
        for (Run run : List.of(english, spanish)) {
            for (String code : List.of("COMPLETED", "IN_PROGRESS", "KNEE_OSTEOARTHRITIS", "SPINAL_STENOSIS")) {
                assertFalse(run.out().contains(code), code + " left as a code:\n" + run.out());
            }
        }

        Run json = run("list", "--db", db.toString(), "--json", "--lang", "es");
        assertTrue(json.out().contains("\"status\" : \"COMPLETED\"") && json.out().contains("\"diagnosis\" : \"SPINAL_STENOSIS\""),
                "the JSON for scripts keeps the codes: " + json.out());
    }

    /** Each row has its status, condition and label where the heading has them: the columns line up. */
    private static void assertColumns(String table, String status, String condition, String label) {
        List<String> lines = table.lines().toList();
        String heading = lines.get(0);
        int[] starts = {heading.indexOf(status), heading.indexOf(condition), heading.indexOf(label)};
        assertTrue(starts[0] > 0 && starts[1] > starts[0] && starts[2] > starts[1], heading);
        for (String row : lines.subList(1, lines.size())) {
            for (int start : starts) {
                assertTrue(row.charAt(start - 1) == ' ' && row.charAt(start) != ' ', "not aligned at " + start + ":\n" + table);
            }
        }
    }

    @Test
    void showSaysStatusConditionPainAndModeInWords() {
        Run english = run("show", ana.toString(), "--db", db.toString(), "--lang", "en");
        assertEquals(0, english.exit(), english.err());
        assertTrue(english.out().contains("Status:          Finished"), english.out());
        assertTrue(english.out().contains("Condition:       Knee osteoarthritis"), english.out());
        assertTrue(english.out().contains("Pain:            Knee, Left side, intensity 6/10 for 52 weeks"), english.out());
        assertTrue(english.out().contains("Current step:    Check your decision"), english.out());
        assertTrue(english.out().contains("Mode:            With a clinician"), english.out());

        Run spanish = run("show", ana.toString(), "--db", db.toString(), "--lang", "es");
        assertEquals(0, spanish.exit(), spanish.err());
        assertTrue(spanish.out().contains("Estado:               Terminada"), spanish.out());
        assertTrue(spanish.out().contains("Afección:             Artrosis de rodilla"), spanish.out());
        assertTrue(spanish.out().contains("Dolor:                Rodilla, Lado izquierdo, intensidad 6/10"), spanish.out());
        assertTrue(spanish.out().contains("Modo:                 Con un profesional de la salud"), spanish.out());
        for (Run run : List.of(english, spanish)) {
            for (String code : List.of("COMPLETED", "KNEE_OSTEOARTHRITIS", "LEFT", "CHECK", "CLINICIAN")) {
                assertFalse(run.out().contains(code), code + " left as a code:\n" + run.out());
            }
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsReportedNotChanged() throws Exception {
        Path newer = dir.resolve("newer.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + newer)) {
            c.createStatement().executeUpdate("PRAGMA user_version = 7");
        }
        Run result = run("list", "--db", newer.toString());
        assertEquals(2, result.exit());
        assertTrue(result.err().startsWith("second-look: This database was written by a newer version of Second Look (schema 7;"),
                result.err());
    }
}
