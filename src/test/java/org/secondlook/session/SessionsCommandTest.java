package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.cli.SessionsCommand;
import picocli.CommandLine;

class SessionsCommandTest {

    @TempDir
    Path dir;

    private Path db;
    private SessionId ana;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new SessionsCommand());
        command.setOut(new PrintWriter(out));
        command.setErr(new PrintWriter(err));
        int exit = command.execute(args);
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
