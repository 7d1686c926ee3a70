package org.secondlook.report;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Vector marks that read the same in grey scale: filled versus outlined shapes, never colour alone. */
final class Shapes {

    static final float INK = 0.1f;
    static final float OUTLINE = 0.35f;

    private Shapes() {
    }

    /** A person (head and body) in a square cell whose lower-left corner is (x, y): filled or outlined. */
    static void person(PDPageContentStream canvas, float x, float y, float cell, boolean filled) throws IOException {
        float radius = cell * 0.19f;
        float centreX = x + cell / 2;
        circle(canvas, centreX, y + cell * 0.74f, radius);
        float bodyWidth = cell * 0.66f;
        canvas.addRect(centreX - bodyWidth / 2, y + cell * 0.06f, bodyWidth, cell * 0.44f);
        paint(canvas, filled);
    }

    /** A tick box of side {@code size}; ticked boxes carry a check mark. */
    static void checkbox(PDPageContentStream canvas, float x, float y, float size, boolean ticked) throws IOException {
        canvas.setStrokingColor(INK);
        canvas.setLineWidth(Math.max(0.8f, size / 12));
        canvas.addRect(x, y, size, size);
        canvas.stroke();
        if (ticked) {
            canvas.setLineWidth(size / 6);
            canvas.moveTo(x + size * 0.18f, y + size * 0.5f);
            canvas.lineTo(x + size * 0.42f, y + size * 0.2f);
            canvas.lineTo(x + size * 0.85f, y + size * 0.85f);
            canvas.stroke();
        }
    }

    /** {@code filled} of {@code total} squares in a row: a rating as a bar. */
    static void ratingBar(PDPageContentStream canvas, float x, float y, float size, int filled, int total)
            throws IOException {
        canvas.setLineWidth(Math.max(0.6f, size / 14));
        for (int i = 0; i < total; i++) {
            canvas.addRect(x + i * size * 1.2f, y, size, size);
            paint(canvas, i < filled);
        }
    }

    /** A warning triangle with an exclamation mark, standing on (x, y). */
    static void warning(PDPageContentStream canvas, float x, float y, float size) throws IOException {
        canvas.setNonStrokingColor(INK);
        canvas.moveTo(x, y);
        canvas.lineTo(x + size, y);
        canvas.lineTo(x + size / 2, y + size * 0.9f);
        canvas.closePath();
        canvas.fill();
        canvas.setNonStrokingColor(1f);
        canvas.addRect(x + size * 0.45f, y + size * 0.32f, size * 0.1f, size * 0.36f);
        canvas.addRect(x + size * 0.45f, y + size * 0.12f, size * 0.1f, size * 0.1f);
        canvas.fill();
        canvas.setNonStrokingColor(0f);
    }

    /** An outlined badge; {@code dashed} marks the experimental category. */
    static void badge(PDPageContentStream canvas, float x, float y, float width, float height, boolean dashed)
            throws IOException {
        canvas.setStrokingColor(INK);
        canvas.setLineWidth(1f);
        if (dashed) {
            canvas.setLineDashPattern(new float[] {3, 2}, 0);
        }
        canvas.addRect(x, y, width, height);
        canvas.stroke();
        canvas.setLineDashPattern(new float[0], 0);
    }

    /** A band behind one line of a box: light fill and a dark bar on the left. */
    static void band(PDPageContentStream canvas, float x, float y, float width, float height, float fill,
            float barWidth) throws IOException {
        canvas.setNonStrokingColor(fill);
        canvas.addRect(x, y, width, height);
        canvas.fill();
        canvas.setNonStrokingColor(INK);
        canvas.addRect(x, y, barWidth, height);
        canvas.fill();
        canvas.setNonStrokingColor(0f);
    }

    static void rule(PDPageContentStream canvas, float x, float y, float width, float thickness) throws IOException {
        canvas.setNonStrokingColor(OUTLINE);
        canvas.addRect(x, y, width, thickness);
        canvas.fill();
        canvas.setNonStrokingColor(0f);
    }

    private static void circle(PDPageContentStream canvas, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        canvas.moveTo(cx + r, cy);
        canvas.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        canvas.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        canvas.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        canvas.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        canvas.closePath();
    }

    private static void paint(PDPageContentStream canvas, boolean filled) throws IOException {
        if (filled) {
            canvas.setNonStrokingColor(INK);
            canvas.fill();
            canvas.setNonStrokingColor(0f);
        } else {
            canvas.setStrokingColor(OUTLINE);
            canvas.setLineWidth(0.7f);
            canvas.stroke();
            canvas.setStrokingColor(0f);
        }
    }
}
