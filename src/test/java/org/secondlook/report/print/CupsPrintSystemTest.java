package org.secondlook.report.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.report.PaperSize;
import org.secondlook.report.Summaries;

/** Each way printing can fail is reported as what it is, against the real print commands and scheduler. */
class CupsPrintSystemTest {

    @TempDir
    Path dir;

    private static byte[] summary() {
        return Summaries.pdf(Summaries.kneeSummary(Set.of(), "Test", null), PaperSize.A4, false);
    }

    private static CupsPrintSystem with(String variable, String value) {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(variable, value);
        return new CupsPrintSystem(environment);
    }

    private static PrintProblem.Kind problem(PrintAttempt attempt) {
        return assertThrows(PrintProblem.class, attempt::run).kind();
    }

    private interface PrintAttempt {
        void run() throws PrintProblem;
    }

    @Test
    void withoutThePrintCommandsTheMissingOneIsNamed() throws Exception {
        CupsPrintSystem system = with("PATH", Files.createDirectory(dir.resolve("empty")).toString());
        PrintProblem missing = assertThrows(PrintProblem.class, system::printers);
        assertEquals(PrintProblem.Kind.COMMAND_MISSING, missing.kind());
        assertEquals("lpstat", missing.subject());
    }

    @Test
    void withoutASchedulerThereIsNoPrintSystem() {
        Cups.require(!Cups.run("lpstat", "-r").isEmpty(), "lpstat (cups-client) is not installed");
        CupsPrintSystem system = with("CUPS_SERVER", dir.resolve("no-scheduler.sock").toString());
        assertEquals(PrintProblem.Kind.NO_PRINT_SYSTEM, problem(system::printers));
        assertEquals(PrintProblem.Kind.NO_PRINT_SYSTEM, problem(() -> system.print("PDF", PaperSize.A4, summary())));
    }

    @Test
    void withoutLpNothingIsSentAndLpIsNamed() throws Exception {
        String printer = Cups.addPdfPrinter();
        try {
            Path bin = Files.createDirectory(dir.resolve("bin"));
            for (String command : new String[] {"lpstat", "lpoptions"}) {
                Files.createSymbolicLink(bin.resolve(command), Path.of(Cups.run("sh", "-c", "command -v " + command).strip()));
            }
            CupsPrintSystem system = with("PATH", bin.toString());
            assertTrue(system.printers().named(printer).isPresent());
            PrintProblem missing = assertThrows(PrintProblem.class, () -> system.print(printer, PaperSize.A4, summary()));
            assertEquals(PrintProblem.Kind.COMMAND_MISSING, missing.kind());
            assertEquals("lp", missing.subject());
        } finally {
            Cups.removePrinter(printer);
        }
    }

    @Test
    void aPrinterThatRejectsJobsOrIsStoppedGetsNothing() throws Exception {
        String printer = Cups.addPdfPrinter();
        CupsPrintSystem system = CupsPrintSystem.forThisComputer();
        try {
            String before = Cups.run("lpstat", "-W", "all", "-o", printer);
            Cups.run("cupsreject", printer);
            assertEquals(PrintProblem.Kind.REJECTING, problem(() -> system.print(printer, PaperSize.A4, summary())));
            Cups.run("cupsaccept", printer);
            Cups.run("cupsdisable", printer);
            assertEquals(PrintProblem.Kind.STOPPED, problem(() -> system.print(printer, PaperSize.A4, summary())));
            assertEquals(before, Cups.run("lpstat", "-W", "all", "-o", printer), "no job was queued");
        } finally {
            Cups.removePrinter(printer);
        }
    }

    @Test
    void anUnknownPrinterIsNamed() {
        Cups.require(Cups.run("lpstat", "-r").contains("scheduler is running"), "no CUPS scheduler is running");
        Cups.require(!Cups.run("lpstat", "-e").isBlank(), "no printer is set up");
        PrintProblem unknown = assertThrows(PrintProblem.class,
                () -> CupsPrintSystem.forThisComputer().print("no-such-printer", PaperSize.A4, summary()));
        assertEquals(PrintProblem.Kind.NO_SUCH_PRINTER, unknown.kind());
        assertEquals("no-such-printer", unknown.subject());
    }
}
