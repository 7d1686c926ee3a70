package org.secondlook.report.print;

/** How a print request ended; the window shows each as a message. */
public enum PrintOutcome {
    PRINTED,
    /** The person closed the print dialog without printing. */
    CANCELLED,
    /** The system has no printer: the window says "No printer found; save as PDF instead". */
    NO_PRINTER,
    /** The printer or the PDF failed; nothing, or not everything, was printed. */
    FAILED
}
