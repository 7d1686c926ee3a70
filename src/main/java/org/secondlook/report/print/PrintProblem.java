package org.secondlook.report.print;

/** Why the summary did not reach a printer's queue. Nothing was printed when this is thrown. */
public final class PrintProblem extends Exception {

    public enum Kind {
        /** No print system answers on this computer (CUPS is not installed or not running). */
        NO_PRINT_SYSTEM,
        /** A print command is not installed; {@link #subject()} names it. */
        COMMAND_MISSING,
        /** The print system has no printer set up. */
        NO_PRINTER,
        /** No printer has the name given; {@link #subject()} is that name. */
        NO_SUCH_PRINTER,
        /** The printer {@link #subject()} is stopped (paused), so a job would wait and not print. */
        STOPPED,
        /** The printer {@link #subject()} refuses new jobs. */
        REJECTING,
        /** The print system said no for another reason, in {@link #detail()}. */
        FAILED
    }

    private final Kind kind;
    private final String subject;
    private final String detail;

    PrintProblem(Kind kind, String subject, String detail) {
        super(describe(kind, subject, detail));
        this.kind = kind;
        this.subject = subject;
        this.detail = detail;
    }

    public Kind kind() {
        return kind;
    }

    /** The printer or the command the problem is about; empty when it is about neither. */
    public String subject() {
        return subject;
    }

    /** What the print system said, as it said it; empty when it said nothing. */
    public String detail() {
        return detail;
    }

    /** One English line for the command line. */
    private static String describe(Kind kind, String subject, String detail) {
        return switch (kind) {
            case NO_PRINT_SYSTEM -> "No print system is running on this computer (CUPS); start it, or use --pdf and print the file elsewhere.";
            case COMMAND_MISSING -> "The print command '" + subject + "' is missing; install CUPS's client commands"
                    + " (the cups-client package on Debian and Ubuntu), or use --pdf.";
            case NO_PRINTER -> "No printer is set up on this computer; add one, or use --pdf.";
            case NO_SUCH_PRINTER -> "There is no printer called '" + subject + "'; run 'lpstat -e' to see the printers.";
            case STOPPED -> "The printer '" + subject + "' is stopped, so nothing was sent; restart it (cupsenable "
                    + subject + "), or use --pdf.";
            case REJECTING -> "The printer '" + subject + "' is not accepting jobs, so nothing was sent; ask whoever looks"
                    + " after it (cupsaccept " + subject + "), or use --pdf.";
            case FAILED -> "The print system did not take the summary" + (detail.isEmpty() ? "" : ": " + detail)
                    + "; use --pdf instead.";
        };
    }
}
