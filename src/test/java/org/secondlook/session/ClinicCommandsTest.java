package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import picocli.CommandLine;

/** The clinic commands end to end against a real PostgreSQL: set up, move a laptop's history in, list, audit. */
class ClinicCommandsTest {

    @TempDir
    Path dir;

    private ClinicAddress owner;
    private String clinicianStore;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(options -> {
            throw new AssertionError("no window");
        })));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @BeforeEach
    void clinic() throws Exception {
        owner = EmbeddedClinicServer.freshDatabase();
        try (ClinicSetup setup = ClinicSetup.connect(owner, null)) {
            setup.addClinician("dr_lee", "Riverside Clinic", "lee-secret".toCharArray());
        }
        clinicianStore = owner.as("dr_lee").toString();
    }

    @Test
    void initIsIdempotentAndAClinicianWorksThroughTheStoreOption() {
        Run again = run("store", "init", "--store", owner.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("it was up to date"), again.out());

        Path laptop = dir.resolve("sessions.db");
        try (SessionStore home = SessionStore.open(laptop)) {
            home.createCompleted(SessionSamples.full(), SessionSamples.CONTENT, "Ana");
            home.createCompleted(SessionSamples.full(SessionSamples.backProfile(3)), SessionSamples.CONTENT, "Bob");
        }
        Run moved = run("sessions", "migrate", "--from", laptop.toString(), "--to", clinicianStore);
        assertEquals(0, moved.exit(), moved.err());
        assertTrue(moved.out().startsWith("Copied 2 sessions"), moved.out());
        Run movedAgain = run("sessions", "migrate", "--from", laptop.toString(), "--to", clinicianStore);
        assertTrue(movedAgain.out().startsWith("Copied no sessions") && movedAgain.out().contains("2 were there already"),
                movedAgain.out());

        Run listed = run("--store", clinicianStore, "sessions", "list", "--search", "bo");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().contains("Bob") && !listed.out().contains("Ana"), listed.out());

        String bob = listed.out().lines().filter(line -> line.contains("Bob")).findFirst().orElseThrow().split(" ")[0];
        Run printed = run("--store", clinicianStore, "export", "--session", bob, "--pdf", dir.resolve("bob.pdf").toString());
        assertEquals(0, printed.exit(), printed.err());

        Run audit = run("store", "audit", "--store", clinicianStore);
        assertEquals(0, audit.exit(), audit.err());
        assertEquals(2, audit.out().lines().filter(line -> line.contains("dr_lee") && line.contains("CREATED")).count(),
                audit.out());
        Run bobsAudit = run("store", "audit", "--store", clinicianStore, "--session", bob);
        assertEquals(List.of("CREATED", "OPENED", "PRINTED"), bobsAudit.out().lines().skip(1)
                .map(line -> line.split("\\s+")[4]).toList(), bobsAudit.out());
    }

    @Test
    void mistakesAreSaidInWords() {
        Run noStore = run("store", "init");
        assertEquals(2, noStore.exit());
        assertTrue(noStore.err().contains("Say which clinic store: --store"), noStore.err());

        Run password = run("--store", "postgresql://db.example:5432/second_look?user=dr_lee&password=hunter2",
                "sessions", "list");
        assertEquals(2, password.exit());
        assertTrue(password.err().contains("holds a password; leave it out") && !password.err().contains("hunter2"),
                password.err());

        Run noTerminal = run("store", "add-clinician", "--store", owner.toString(), "--name", "dr_new",
                "--clinic", "Riverside Clinic");
        assertEquals(2, noTerminal.exit());
        assertTrue(noTerminal.err().contains("SECOND_LOOK_CLINICIAN_PASSWORD"), noTerminal.err());

        Run both = run("--store", clinicianStore, "sessions", "list", "--db", dir.resolve("x.db").toString());
        assertEquals(2, both.exit());
        assertTrue(both.err().contains("give one of them"), both.err());
    }
}
