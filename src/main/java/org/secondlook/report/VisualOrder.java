package org.secondlook.report;

import java.text.Bidi;

/**
 * Puts one line of mixed left-to-right and right-to-left text (Arabic, Hebrew) into the order it is drawn in:
 * right-to-left runs are reversed and the runs reordered (Unicode bidi algorithm). Letters are not joined into
 * their connected Arabic forms: PDFBox has no shaping, so Arabic prints as separate letters, in the right order.
 */
final class VisualOrder {

    private VisualOrder() {
    }

    static String of(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        String[] runs = new String[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = (levels[i] & 1) == 1 ? new StringBuilder(run).reverse().toString() : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        return String.join("", runs);
    }
}
