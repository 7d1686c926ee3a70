package org.secondlook.report.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import picocli.CommandLine;

/** {@code export --print}: the summary PDF itself reaches a real cups-pdf printer, or one line says why not. */
class ExportPrintTest {

    private static final String PROFILE = """
            {"site": "KNEE", "side": "RIGHT", "painDurationWeeks": 30, "painIntensity": 5,
             "diagnosis": "KNEE_OSTEOARTHRITIS", "priorities": {"AVOID_SURGERY": 3}, "country": "UK",
             "leaning": "exercise-therapy"}
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(options -> {
        })));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheSameTextPdfAsSaveAsPdf() throws Exception {
        String printer = Cups.addPdfPrinter();
        try {
            Path profile = Files.writeString(dir.resolve("profile.json"), PROFILE);
            Path saved = dir.resolve("saved.pdf");
            assertEquals(ExitCodes.OK, run("export", "--profile", profile.toString(), "--pdf", saved.toString(),
                    "--paper", "A4", "--large-print", "--print", "--printer", printer), err.toString());
            Matcher job = Pattern.compile("Sent the summary to " + Pattern.quote(printer) + " \\(job (\\S+)\\)\\.")
                    .matcher(out.toString());
            assertTrue(job.find(), out.toString());
            Path printed = Cups.printedFile(new PrintJob(printer, job.group(1)));
            try (PDDocument expected = Loader.loadPDF(saved.toFile()); PDDocument actual = Loader.loadPDF(printed.toFile())) {
                assertEquals(expected.getNumberOfPages(), actual.getNumberOfPages(), "page count");
                for (int page = 0; page < expected.getNumberOfPages(); page++) {
                    PDRectangle want = expected.getPage(page).getMediaBox();
                    PDRectangle got = actual.getPage(page).getMediaBox();
                    assertEquals(want.getWidth(), got.getWidth(), 1, "page width at actual size");
                    assertEquals(want.getHeight(), got.getHeight(), 1, "page height at actual size");
                }
            }
            String text = Cups.pdftotext(printed);
            assertTrue(text.contains("No name given") && text.contains("benefit"), "pdftotext finds the text: " + text);
            Files.delete(printed);
        } finally {
            Cups.removePrinter(printer);
        }
    }

    @Test
    void aSessionsLabelIsPrintedAsText() throws Exception {
        String printer = Cups.addPdfPrinter();
        try {
            Path db = dir.resolve("sessions.db");
            String id;
            try (org.secondlook.session.SessionStore store = org.secondlook.session.SessionStore.open(db)) {
                id = store.createCompleted(org.secondlook.report.Summaries.kneeSession(java.util.Set.of(), "Ask about costs."),
                        "2026.11.0", "Mrs Müller").toString();
            }
            assertEquals(ExitCodes.OK, run("export", "--session", id, "--db", db.toString(), "--print", "--printer", printer,
                    "--paper", "LETTER"), err.toString());
            Matcher job = Pattern.compile("\\(job (\\S+)\\)").matcher(out.toString());
            assertTrue(job.find(), out.toString());
            Path printed = Cups.printedFile(new PrintJob(printer, job.group(1)));
            String text = Cups.pdftotext(printed);
            assertTrue(text.contains("Mrs Müller") && text.contains("benefit"), text);
            try (PDDocument actual = Loader.loadPDF(printed.toFile())) {
                assertEquals(PDRectangle.LETTER.getWidth(), actual.getPage(0).getMediaBox().getWidth(), 1);
            }
            Files.delete(printed);
        } finally {
            Cups.removePrinter(printer);
        }
    }

    @Test
    void anUnknownPrinterIsOneLineAndExitTwo() throws Exception {
        Cups.require(Cups.run("lpstat", "-r").contains("scheduler is running"), "no CUPS scheduler is running");
        Cups.require(!Cups.run("lpstat", "-e").isBlank(), "no printer is set up");
        Path profile = Files.writeString(dir.resolve("profile.json"), PROFILE);
        assertEquals(ExitCodes.BAD_INPUT, run("export", "--profile", profile.toString(), "--print", "--printer", "nope"));
        assertEquals(List.of("second-look: There is no printer called 'nope'; run 'lpstat -e' to see the printers."),
                err.toString().lines().toList());
    }

    @Test
    void withoutAPrintSystemTheCommandLineSaysSoInOneLine() throws Exception {
        Cups.require(!Cups.run("lpstat", "-r").isEmpty(), "lpstat (cups-client) is not installed");
        Path profile = Files.writeString(dir.resolve("profile.json"), PROFILE);
        Result result = launch(Map.of("CUPS_SERVER", dir.resolve("no-scheduler.sock").toString()),
                "export", "--profile", profile.toString(), "--print");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("second-look: No print system is running"), result.err());
    }

    @Test
    void withoutThePrintCommandTheCommandLineNamesIt() throws Exception {
        Path profile = Files.writeString(dir.resolve("profile.json"), PROFILE);
        Result result = launch(Map.of("PATH", Files.createDirectory(dir.resolve("empty")).toString()),
                "export", "--profile", profile.toString(), "--print");
        assertEquals(ExitCodes.BAD_INPUT, result.exitCode(), result.err());
        assertEquals(List.of("second-look: The print command 'lpstat' is missing; install CUPS's client commands"
                + " (the cups-client package on Debian and Ubuntu), or use --pdf."), result.err().lines().toList());
    }

    @Test
    void exportNeedsSomewhereToGo() throws Exception {
        Path profile = Files.writeString(dir.resolve("profile.json"), PROFILE);
        assertEquals(ExitCodes.BAD_INPUT, run("export", "--profile", profile.toString()));
        assertEquals(List.of("second-look: Say where the summary goes: --pdf OUT.pdf, --print, or both."), err.toString().lines().toList());
    }

    private record Result(int exitCode, String err) {
    }

    /** The command line in a process of its own, with {@code environment} added to this one's. */
    private Result launch(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "org.secondlook.app.Launcher"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), err);
    }
}
