package org.secondlook.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The TrueType fonts shipped in {@code org/secondlook/report/fonts/} (licences beside them): DejaVu Sans for Latin,
 * Greek, Cyrillic, Arabic and symbols, Droid Sans Fallback for Chinese, Japanese and Korean. Each file is read and
 * its character map parsed once, on first use, and shared read-only by all documents.
 */
enum FontFace {
    DEJAVU_SANS("DejaVuSans.ttf"),
    DEJAVU_SANS_BOLD("DejaVuSans-Bold.ttf"),
    DROID_SANS_FALLBACK("DroidSansFallbackFull.ttf");

    private final String file;
    private volatile Loaded loaded;

    private record Loaded(byte[] bytes, CmapLookup cmap) {
    }

    FontFace(String file) {
        this.file = file;
    }

    boolean canShow(int codePoint) {
        return loaded().cmap().getGlyphId(codePoint) != 0;
    }

    /**
     * A fresh parse of the font with glyph substitution switched off: PDFBox would otherwise put ligature glyphs
     * ("ﬁ") in place of letter pairs, and text copied or read aloud from the PDF would hold the ligatures. Arabic
     * letters are joined before the text reaches the font ({@link VisualOrder}).
     */
    TrueTypeFont parseWithoutSubstitution() throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(loaded().bytes()));
        font.setEnableGsub(false);
        return font;
    }

    private Loaded loaded() {
        Loaded current = loaded;
        if (current == null) {
            synchronized (this) {
                current = loaded;
                if (current == null) {
                    current = load();
                    loaded = current;
                }
            }
        }
        return current;
    }

    private Loaded load() {
        try (InputStream in = FontFace.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The font " + file + " is missing from the application");
            }
            byte[] bytes = in.readAllBytes();
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            CmapLookup cmap = font.getUnicodeCmapLookup();
            return new Loaded(bytes, cmap);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the font " + file, e);
        }
    }
}
