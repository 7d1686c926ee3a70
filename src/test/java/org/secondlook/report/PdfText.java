package org.secondlook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** A produced PDF read back: its text, its page sizes and the font sizes of every character. */
record PdfText(String text, List<PDRectangle> pageSizes, List<Float> fontSizes) {

    static PdfText read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            SizeRecorder stripper = new SizeRecorder();
            String text = stripper.getText(document);
            List<PDRectangle> sizes = new ArrayList<>();
            document.getPages().forEach(p -> sizes.add(p.getMediaBox()));
            return new PdfText(text, sizes, stripper.sizes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with all whitespace removed, for comparing wrapped text with the original. */
    String compact() {
        return text.replaceAll("\\s+", "");
    }

    /** The text as one line: lines joined by single spaces. */
    String flat() {
        return text.replaceAll("\\s+", " ");
    }

    private static final class SizeRecorder extends PDFTextStripper {
        final List<Float> sizes = new ArrayList<>();

        @Override
        protected void writeString(String string, List<TextPosition> positions) throws IOException {
            positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
            super.writeString(string, positions);
        }
    }
}
