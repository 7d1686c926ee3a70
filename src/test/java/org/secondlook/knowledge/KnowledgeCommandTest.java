package org.secondlook.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.cli.KnowledgeCommand;
import picocli.CommandLine;

class KnowledgeCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new KnowledgeCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void validatesTheBuiltInContent() {
        assertEquals(0, run("validate"));
        assertEquals("OK: content 2026.11.0, 13 conditions, 41 options", out.toString().strip());
    }

    @Test
    void validatesAFolder(@TempDir Path dir) {
        ContentDirectory.copyOfBuiltIn(dir);

        assertEquals(0, run("validate", dir.toString()));
        assertTrue(out.toString().startsWith("OK: content 2026.11.0"));
    }

    @Test
    void printsOneProblemPerLineAndExitsWithTwo(@TempDir Path dir) {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.set("metadata.json", "/lastReviewed", ContentDirectory.json("\"yesterday\""));
        content.delete("glossary.json");

        assertEquals(2, run("validate", dir.toString()));
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(1, lines.length, err.toString());
        assertEquals("glossary.json: file is missing", lines[0]);
        assertEquals("", out.toString());
    }

    @Test
    void reportsHardToReadText(@TempDir Path dir) {
        ContentDirectory content = ContentDirectory.copyOfBuiltIn(dir);
        content.set("options.json", "/options/0/whatItInvolves/text/en", ContentDirectory.json(
                "\"Individualised multimodal conservative management emphasising biopsychosocial rehabilitation considerations is "
                + "recommended for patients experiencing persistent musculoskeletal symptomatology despite pharmacological "
                + "interventions.\""));

        assertEquals(2, run("validate", dir.toString()));
        assertTrue(err.toString().startsWith("options.json /options/0/whatItInvolves/text/en: reading level is Flesch-Kincaid grade"), err::toString);
    }
}
