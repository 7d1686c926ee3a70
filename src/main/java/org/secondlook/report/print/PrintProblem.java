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
        // For logs only: the window and the command line each word the kind in the reader's language.
        super(kind + (subject.isEmpty() ? "" : " " + subject) + (detail.isEmpty() ? "" : ": " + detail));
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
}
