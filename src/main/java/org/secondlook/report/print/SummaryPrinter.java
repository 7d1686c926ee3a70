package org.secondlook.report.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Prints a summary PDF through the system print dialog, page for page as the PDF lays it out: each page is rendered
 * to an image with PDFBox and printed scaled to the printable area.
 *
 * <p>Threading: call {@link #print} on the JavaFX application thread, which shows the dialog. Rendering and sending
 * the pages happen on a background thread; meanwhile the FX thread runs a nested event loop, so the window stays
 * responsive, and {@code print} returns once the job is done.
 */
public final class SummaryPrinter {

    /** Enough for sharp text on paper while keeping one page image around 25 MB at most. */
    private static final float DOTS_PER_INCH = 200f;

    private SummaryPrinter() {
    }

    public static PrintOutcome print(Path pdf, Window owner) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("Call print on the JavaFX application thread: it shows the print dialog");
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return PrintOutcome.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return PrintOutcome.CANCELLED;
        }
        Object loop = new Object();
        AtomicReference<PrintOutcome> outcome = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            outcome.set(printPages(pdf, job));
            Platform.runLater(() -> Platform.exitNestedEventLoop(loop, null));
        }, "summary-printing");
        worker.setDaemon(true);
        worker.start();
        Platform.enterNestedEventLoop(loop);
        return outcome.get();
    }

    private static PrintOutcome printPages(Path pdf, PrinterJob job) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            PageLayout layout = job.getJobSettings().getPageLayout();
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageView view = new ImageView(toFx(renderer.renderImageWithDPI(page, DOTS_PER_INCH, ImageType.RGB)));
                view.setPreserveRatio(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, view)) {
                    job.cancelJob();
                    return PrintOutcome.FAILED;
                }
            }
            return job.endJob() ? PrintOutcome.PRINTED : PrintOutcome.FAILED;
        } catch (IOException | RuntimeException e) {
            job.cancelJob();
            return PrintOutcome.FAILED;
        }
    }

    /** javafx-swing is not on the class path, so the pixels are copied across directly. */
    private static WritableImage toFx(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        WritableImage fx = new WritableImage(width, height);
        fx.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return fx;
    }
}
