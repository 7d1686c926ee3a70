package org.secondlook.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Pages filled from top to bottom: keeps the current page, the vertical position, and starts a new page when the
 * next piece does not fit above the footer.
 */
final class PageFlow {

    private final PDDocument document;
    private final PDRectangle paper;
    private final float margin;
    private final float footerSpace;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream canvas;
    private float y;

    PageFlow(PDDocument document, PDRectangle paper, float margin, float footerSpace) {
        this.document = document;
        this.paper = paper;
        this.margin = margin;
        this.footerSpace = footerSpace;
    }

    float left() {
        return margin;
    }

    float width() {
        return paper.getWidth() - 2 * margin;
    }

    float y() {
        return y;
    }

    float pageHeight() {
        return paper.getHeight() - 2 * margin - footerSpace;
    }

    /** Makes room for {@code height} points on this page, or starts the next one. */
    void need(float height) throws IOException {
        if (canvas == null || y - height < margin + footerSpace) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
    }

    PDPageContentStream canvas() {
        return canvas;
    }

    /** The page being filled. */
    PDPage page() {
        return pages.get(pages.size() - 1);
    }

    List<PDPage> pages() {
        return List.copyOf(pages);
    }

    void newPage() throws IOException {
        finish();
        PDPage page = new PDPage(paper);
        document.addPage(page);
        pages.add(page);
        canvas = new PDPageContentStream(document, page);
        y = paper.getHeight() - margin;
    }

    void finish() throws IOException {
        if (canvas != null) {
            canvas.close();
            canvas = null;
        }
    }
}
