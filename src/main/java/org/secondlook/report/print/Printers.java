package org.secondlook.report.print;

import java.util.List;
import java.util.Optional;
import org.secondlook.report.PaperSize;

/** The printers the print system offers, and which of them is the default; never empty. */
public record Printers(List<Printer> all, String defaultName) {

    /** A printer and the paper it prints on unless told otherwise ({@code null} when that is neither A4 nor Letter). */
    public record Printer(String name, PaperSize defaultPaper) {

        public Optional<PaperSize> paper() {
            return Optional.ofNullable(defaultPaper);
        }
    }

    public Printers {
        all = List.copyOf(all);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("at least one printer");
        }
    }

    public Optional<Printer> named(String name) {
        return all.stream().filter(printer -> printer.name().equals(name)).findFirst();
    }

    public Printer require(String name) throws PrintProblem {
        return named(name).orElseThrow(() -> new PrintProblem(PrintProblem.Kind.NO_SUCH_PRINTER, name, ""));
    }

    /** The default printer, or the first one when the system names no default. */
    public Printer preferred() {
        return named(defaultName == null ? "" : defaultName).orElse(all.get(0));
    }
}
