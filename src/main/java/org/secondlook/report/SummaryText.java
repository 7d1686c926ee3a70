package org.secondlook.report;

import java.util.Locale;
import org.secondlook.text.BundleText;

/** The summary's own words, from {@code org/secondlook/report/summary*.properties} (MessageFormat patterns). */
final class SummaryText extends BundleText {

    static final String BUNDLE = "org.secondlook.report.summary";

    SummaryText(Locale locale) {
        super(BUNDLE, locale);
    }
}
