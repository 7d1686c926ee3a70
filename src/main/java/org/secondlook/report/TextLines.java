package org.secondlook.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrap: breaks a paragraph (an optional bold lead, then plain text) into lines that fit a width. A word wider
 * than the line is broken between characters, so nothing is ever cut off.
 */
final class TextLines {

    /** One line: its bold part (possibly empty) followed by its plain part. */
    record Line(String bold, String plain) {
    }

    private final FontChain fonts;

    TextLines(FontChain fonts) {
        this.fonts = fonts;
    }

    List<Line> wrap(String lead, String text, float size, float width) {
        LineBuilder builder = new LineBuilder(size, width);
        words(lead).forEach(word -> builder.add(word, true));
        words(text).forEach(word -> builder.add(word, false));
        return builder.finish();
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.of(text.strip().split("\\s+"));
    }

    private final class LineBuilder {
        private final float size;
        private final float width;
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder bold = new StringBuilder();
        private final StringBuilder plain = new StringBuilder();
        private float used;

        LineBuilder(float size, float width) {
            this.size = size;
            this.width = width;
        }

        void add(String word, boolean isBold) {
            float space = isEmpty() ? 0 : fonts.width(" ", isBold, size);
            float wordWidth = fonts.width(word, isBold, size);
            if (used + space + wordWidth <= width) {
                append(isEmpty() ? word : " " + word, isBold, space + wordWidth);
                return;
            }
            if (!isEmpty()) {
                newLine();
            }
            if (wordWidth <= width) {
                append(word, isBold, wordWidth);
            } else {
                breakLongWord(word, isBold);
            }
        }

        private void breakLongWord(String word, boolean isBold) {
            for (int i = 0; i < word.length(); ) {
                int codePoint = word.codePointAt(i);
                String character = new String(Character.toChars(codePoint));
                i += character.length();
                float characterWidth = fonts.width(character, isBold, size);
                if (used + characterWidth > width && !isEmpty()) {
                    newLine();
                }
                append(character, isBold, characterWidth);
            }
        }

        private void append(String text, boolean isBold, float textWidth) {
            (isBold ? bold : plain).append(text);
            used += textWidth;
        }

        private boolean isEmpty() {
            return bold.isEmpty() && plain.isEmpty();
        }

        private void newLine() {
            lines.add(new Line(bold.toString(), plain.toString()));
            bold.setLength(0);
            plain.setLength(0);
            used = 0;
        }

        List<Line> finish() {
            if (!isEmpty()) {
                newLine();
            }
            return lines;
        }
    }
}
