package org.secondlook.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Picks, for each character, the first font of the chain that can show it. Fonts are embedded as subsets, and only
 * when a character needs them, so a summary without Chinese text does not carry the Chinese font. A character no
 * font can show becomes {@link #PLACEHOLDER}; invisible formatting characters (emoji joiners, variation selectors)
 * that no font has are dropped.
 */
final class FontChain {

    /** A white square: visibly "a character that could not be printed". DejaVu Sans has it. */
    static final String PLACEHOLDER = "\u25a1";

    /** A piece of text that one font shows. */
    record Run(PDType0Font font, String text) {
    }

    private final PDDocument document;
    private final Map<FontFace, PDType0Font> embedded = new EnumMap<>(FontFace.class);

    FontChain(PDDocument document) {
        this.document = document;
    }

    List<Run> runs(String text, boolean bold) {
        List<FontFace> chain = bold
                ? List.of(FontFace.DEJAVU_SANS_BOLD, FontFace.DEJAVU_SANS, FontFace.DROID_SANS_FALLBACK)
                : List.of(FontFace.DEJAVU_SANS, FontFace.DROID_SANS_FALLBACK);
        List<Run> runs = new ArrayList<>();
        FontFace current = null;
        StringBuilder pending = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            FontFace face = faceFor(codePoint, chain);
            String shown = new String(Character.toChars(codePoint));
            if (face == null) {
                if (invisible(codePoint)) {
                    continue;
                }
                face = chain.get(0);
                shown = PLACEHOLDER;
            }
            if (face != current && !pending.isEmpty()) {
                runs.add(new Run(font(current), pending.toString()));
                pending.setLength(0);
            }
            current = face;
            pending.append(shown);
        }
        if (!pending.isEmpty()) {
            runs.add(new Run(font(current), pending.toString()));
        }
        return runs;
    }

    /** Width in points of {@code text} at {@code size}, as drawn: with its Arabic letters joined. */
    float width(String text, boolean bold, float size) {
        float width = 0;
        for (Run run : runs(VisualOrder.of(text), bold)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return width;
    }

    private static FontFace faceFor(int codePoint, List<FontFace> chain) {
        for (FontFace face : chain) {
            // Fallback fonts are parsed only when the first font lacks a character.
            if (face.canShow(codePoint)) {
                return face;
            }
        }
        return null;
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F) || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }

    private PDType0Font font(FontFace face) {
        return embedded.computeIfAbsent(face, this::embed);
    }

    private PDType0Font embed(FontFace face) {
        try {
            TrueTypeFont font = face.parseWithoutSubstitution();
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not embed the font " + face, e);
        }
    }
}
