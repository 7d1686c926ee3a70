package org.secondlook.report;

import java.util.Locale;
import org.secondlook.session.Mode;
import org.secondlook.text.BundleText;

/** The summary's own words, from {@code org/secondlook/report/summary*.properties} (MessageFormat patterns). */
public final class SummaryText extends BundleText {

    static final String BUNDLE = "org.secondlook.report.summary";

    public SummaryText(Locale locale) {
        super(BUNDLE, locale);
    }

    /** How the steps were gone through, as the summary's header says it; no mode means from a profile file. */
    public String mode(Mode mode) {
        return text("mode." + (mode == null ? "PROFILE" : mode.name()));
    }
}
