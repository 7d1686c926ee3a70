package org.secondlook.report;

import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper the summary is laid out for. */
public enum PaperSize {
    A4(PDRectangle.A4),
    LETTER(PDRectangle.LETTER);

    /** Countries where US Letter is the usual paper; everywhere else uses A4. */
    private static final Set<String> LETTER_COUNTRIES = Set.of(
            "US", "CA", "MX", "PH", "CL", "CO", "VE", "CR", "GT", "PA", "SV", "DO", "PR", "NI", "HN", "BZ");

    private final PDRectangle rectangle;

    PaperSize(PDRectangle rectangle) {
        this.rectangle = rectangle;
    }

    PDRectangle rectangle() {
        return rectangle;
    }

    /** The usual paper in the locale's country; A4 when the locale names no country. */
    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }
}
