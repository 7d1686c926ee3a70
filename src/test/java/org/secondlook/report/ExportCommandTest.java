package org.secondlook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionStore;
import picocli.CommandLine;

class ExportCommandTest {

    static final String KNEE_PROFILE = """
            {"site": "KNEE", "side": "RIGHT", "painDurationWeeks": 30, "painIntensity": 5,
             "diagnosis": "KNEE_OSTEOARTHRITIS", "priorities": {"AVOID_SURGERY": 3}, "country": "UK",
             "leaning": "exercise-therapy"}
            """;

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(o -> {
        })));
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void exportsASavedSession() throws Exception {
        Path db = dir.resolve("sessions.db");
        SessionId id;
        try (SessionStore store = SessionStore.open(db)) {
            id = store.createCompleted(Summaries.kneeSession(Set.of(), "Ask about costs."), "2026.11.0",
                    "Mrs Müller");
        }
        Path pdf = dir.resolve("summary.pdf");
        assertEquals(ExitCodes.OK, run("export", "--session", id.toString(), "--db", db.toString(),
                "--pdf", pdf.toString(), "--paper", "LETTER", "--large-print"), err.toString());
        PdfText text = PdfText.read(Files.readAllBytes(pdf));
        assertTrue(text.flat().contains("Mrs Müller"));
        assertTrue(text.flat().contains("Ask about costs."));
        assertEquals(612f, text.pageSizes().get(0).getWidth(), 0.1f);
    }

    @Test
    void exportsAProfileFile() throws Exception {
        Path profile = Files.writeString(dir.resolve("profile.json"), KNEE_PROFILE);
        Path pdf = dir.resolve("profile.pdf");
        assertEquals(ExitCodes.OK, run("export", "--profile", profile.toString(), "--pdf", pdf.toString(),
                "--paper", "A4"), err.toString());
        String text = PdfText.read(Files.readAllBytes(pdf)).flat();
        assertTrue(text.contains(new SummaryText(java.util.Locale.US).text("mode.PROFILE")));
        assertTrue(text.contains(new SummaryText(java.util.Locale.US).text("sure.notAnswered")));
    }

    @Test
    void anUnknownSessionIsBadInput() throws Exception {
        Path db = dir.resolve("sessions.db");
        try (SessionStore store = SessionStore.open(db)) {
            store.createCompleted(Summaries.kneeSession(Set.of(), null), "2026.11.0", null);
        }
        assertEquals(ExitCodes.BAD_INPUT, run("export", "--session", "999", "--db", db.toString(),
                "--pdf", dir.resolve("x.pdf").toString()));
        assertOneLine();
    }

    @Test
    void aBadProfileIsBadInput() throws Exception {
        Path profile = Files.writeString(dir.resolve("bad.json"), "{\"site\": \"ELBOW\"}");
        assertEquals(ExitCodes.BAD_INPUT, run("export", "--profile", profile.toString(),
                "--pdf", dir.resolve("x.pdf").toString()));
        assertOneLine();
        assertFalse(Files.exists(dir.resolve("x.pdf")));
    }

    @Test
    void anUnwritableOutputIsBadInput() throws Exception {
        Path profile = Files.writeString(dir.resolve("profile.json"), KNEE_PROFILE);
        assertEquals(ExitCodes.BAD_INPUT, run("export", "--profile", profile.toString(),
                "--pdf", dir.resolve("no-such-folder").resolve("x.pdf").toString()));
        assertOneLine();
    }

    @Test
    void sessionAndProfileTogetherAreBadUsage() throws Exception {
        assertEquals(ExitCodes.BAD_INPUT, run("export", "--session", "1", "--profile", "p.json", "--pdf", "x.pdf"));
    }

    private void assertOneLine() {
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
