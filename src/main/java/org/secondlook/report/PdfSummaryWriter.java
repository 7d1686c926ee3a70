package org.secondlook.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

import org.secondlook.session.OutputFile;

/**
 * Writes a {@link SummaryModel} as a tagged, accessible and archival PDF (PDF/UA-1, PDF/A-2u) with embedded fonts.
 * Instances are immutable and may be shared between threads; each call builds its own document.
 */
public final class PdfSummaryWriter {

    private final PaperSize paper;
    private final boolean largePrint;

    /** @param largePrint body text of 14 pt or more, for people who find small print hard to read */
    public PdfSummaryWriter(PaperSize paper, boolean largePrint) {
        this.paper = paper;
        this.largePrint = largePrint;
    }

    /** Normal print on the usual paper of the locale's country. */
    public static PdfSummaryWriter forLocale(Locale locale) {
        return new PdfSummaryWriter(PaperSize.forLocale(locale), false);
    }

    public void write(SummaryModel model, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            Conformance.declare(document, new SummaryText(model.locale()).text("title"), model.locale());
            new SummaryLayout(model, document, paper, Typography.of(largePrint)).render();
            document.save(out);
        }
    }

    /** Writes to {@code file} safely (see {@link OutputFile}); a failed write leaves no half-written file behind. */
    public void write(SummaryModel model, OutputFile file) throws IOException {
        file.write(out -> write(model, out));
    }
}
