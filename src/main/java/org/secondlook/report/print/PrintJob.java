package org.secondlook.report.print;

/** A summary the print system accepted: it sits in {@code printer}'s queue as job {@code id}. */
public record PrintJob(String printer, String id) {
}
