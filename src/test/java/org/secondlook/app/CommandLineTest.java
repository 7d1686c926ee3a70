package org.secondlook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import org.secondlook.app.cli.VersionProvider;
import picocli.CommandLine;

class CommandLineTest {

    private final List<GuiOptions> guiStarts = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(guiStarts::add)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(0, run("--version"));
        assertEquals("Second Look " + VersionProvider.version(), out.toString().strip());
        assertTrue(VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+"), VersionProvider.version());
    }

    @Test
    void helpListsTheGuiOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--startup-probe"));
        assertTrue(guiStarts.isEmpty());
    }

    @Test
    void noArgumentsStartsTheWindow() {
        assertEquals(0, run());
        assertEquals(List.of(new GuiOptions(null, null, null, false, false)), guiStarts);
    }

    @Test
    void startupProbeIsPassedToTheWindow() {
        assertEquals(0, run("--startup-probe"));
        assertTrue(guiStarts.get(0).startupProbe());
    }

    @Test
    void aotTrainingIsPassedToTheWindowButNotListed() {
        assertEquals(0, run("--aot-training"));
        assertTrue(guiStarts.get(0).aotTraining());
        assertFalse(guiStarts.get(0).startupProbe());
        run("--help");
        assertFalse(out.toString().contains("--aot-training"), out.toString());
    }

    @Test
    void unknownOptionIsBadUsageOnOneLine() {
        assertEquals(2, run("--frobnicate"));
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("--frobnicate"), message);
        assertTrue(message.contains("--help"), message);
        assertTrue(guiStarts.isEmpty());
    }
}
