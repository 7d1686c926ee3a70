package org.secondlook.report;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;

/**
 * Turns text in reading (logical) order into the order its glyphs are drawn in, for one line: Arabic letters are
 * joined into their connected forms (initial, medial, final, lam-alef), and right-to-left runs (Arabic, Hebrew) are
 * reversed, their brackets mirrored and the runs reordered by the Unicode bidi algorithm. PDFBox draws characters
 * one after the other, left to right, and joins nothing, so this has to happen before the text reaches it. The PDF
 * keeps the logical text beside the drawn one (/ActualText), for copying, searching and reading aloud.
 */
final class VisualOrder {

    private static final ArabicShaping JOINING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private VisualOrder() {
    }

    /** Whether a paragraph reads from right to left: its first letter with a direction is Arabic or Hebrew. */
    static boolean rightToLeft(String paragraph) {
        return Bidi.getBaseDirection(paragraph) == Bidi.RTL;
    }

    /** A line whose direction is that of its first letter with a direction (left to right if it has none). */
    static String of(String line) {
        return of(line, rightToLeft(line));
    }

    /** A line of a paragraph whose direction is {@code rightToLeft}. */
    static String of(String line, boolean rightToLeft) {
        char[] chars = line.toCharArray();
        if (!rightToLeft && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(joined(line), rightToLeft ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING);
    }

    private static String joined(String line) {
        try {
            return JOINING.shape(line);
        } catch (ArabicShapingException e) {
            // Thrown only for options that need room to grow into; the letters then print unjoined.
            return line;
        }
    }
}
