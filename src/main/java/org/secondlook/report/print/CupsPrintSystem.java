package org.secondlook.report.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secondlook.report.PaperSize;

/**
 * Hands the summary PDF itself to CUPS (Linux and macOS) with its client commands, lp and lpstat, which CUPS
 * installs with itself (the cups-client package on Debian and Ubuntu). The PDF goes to lp on its standard input, so
 * no copy of the person's answers is written anywhere for printing; lp answers with a job id once the scheduler
 * has the job, and only then is the job reported as sent.
 */
public final class CupsPrintSystem {

    /** No personal data: job titles are visible to everyone who can list the queue. */
    static final String JOB_TITLE = "Second Look summary";

    private static final Pattern JOB_ID = Pattern.compile("request id is (\\S+)");
    private static final Pattern DEFAULT = Pattern.compile("system default destination: (\\S+)");

    private final PrintCommands commands;

    /** @param environment the commands' environment: PATH finds them, CUPS_SERVER (if set) names the scheduler */
    public CupsPrintSystem(Map<String, String> environment) {
        this.commands = new PrintCommands(environment);
    }

    public static CupsPrintSystem forThisComputer() {
        return new CupsPrintSystem(System.getenv());
    }

    /** The printers, asking the scheduler each time, since printers come and go. */
    public Printers printers() throws PrintProblem {
        if (!commands.run(List.of("lpstat", "-r")).out().contains("scheduler is running")) {
            throw new PrintProblem(PrintProblem.Kind.NO_PRINT_SYSTEM, "", "");
        }
        List<Printers.Printer> all = new ArrayList<>();
        for (String name : commands.run(List.of("lpstat", "-e")).out().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList()) {
            all.add(new Printers.Printer(name, defaultPaper(name)));
        }
        if (all.isEmpty()) {
            throw new PrintProblem(PrintProblem.Kind.NO_PRINTER, "", "");
        }
        Matcher defaultName = DEFAULT.matcher(commands.run(List.of("lpstat", "-d")).out());
        return new Printers(all, defaultName.find() ? defaultName.group(1) : null);
    }

    /**
     * Queues {@code pdf} on {@code printer} at actual size on {@code paper}. A printer that is stopped or refuses jobs
     * gets nothing: a job that waits unseen is worse than being told to save the PDF.
     */
    public PrintJob print(String printer, PaperSize paper, byte[] pdf) throws PrintProblem {
        printers().require(printer);
        if (commands.run(List.of("lpstat", "-p", printer)).out().contains("printer " + printer + " disabled")) {
            throw new PrintProblem(PrintProblem.Kind.STOPPED, printer, "");
        }
        if (commands.run(List.of("lpstat", "-a", printer)).out().contains(printer + " not accepting")) {
            throw new PrintProblem(PrintProblem.Kind.REJECTING, printer, "");
        }
        PrintCommands.Result sent = commands.run(List.of("lp", "-d", printer, "-t", JOB_TITLE,
                "-o", "media=" + (paper == PaperSize.A4 ? "A4" : "Letter"),
                "-o", "print-scaling=none",
                // CUPS's default PDF-to-PostScript step (Ghostscript) turns the embedded fonts into glyph pictures
                // without letters, so a PDF printer's file has no text; pdftocairo keeps the glyph names.
                "-o", "pdftops-renderer=pdftocairo",
                "-"), pdf);
        Matcher id = JOB_ID.matcher(sent.out());
        if (sent.ok() && id.find()) {
            return new PrintJob(printer, id.group(1));
        }
        String said = sent.errorLine();
        if (said.contains("not accepting jobs")) {
            throw new PrintProblem(PrintProblem.Kind.REJECTING, printer, said);
        }
        throw new PrintProblem(PrintProblem.Kind.FAILED, printer, said.isEmpty() ? sent.out().strip() : said);
    }

    /** The printer's own default paper, when it is one the summary is laid out for. */
    private PaperSize defaultPaper(String printer) throws PrintProblem {
        PrintCommands.Result options = commands.run(List.of("lpoptions", "-p", printer, "-l"));
        for (String line : options.out().lines().toList()) {
            if (line.startsWith("PageSize/") || line.startsWith("media/")) {
                for (String choice : line.substring(line.indexOf(':') + 1).strip().split("\\s+")) {
                    if (choice.equalsIgnoreCase("*A4")) {
                        return PaperSize.A4;
                    }
                    if (choice.equalsIgnoreCase("*Letter")) {
                        return PaperSize.LETTER;
                    }
                }
            }
        }
        return null;
    }
}
