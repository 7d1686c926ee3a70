package org.secondlook.text;

import java.util.Locale;

/**
 * The terms the screens and the printout both show (step names, sites, outcomes, priorities, categories,
 * verdicts, durations), worded once in {@code org/secondlook/text/terms*.properties}.
 */
public final class Terms extends BundleText {

    static final String BUNDLE = "org.secondlook.text.terms";

    public Terms(Locale locale) {
        super(BUNDLE, locale);
    }

    /** A duration in the person's own unit ("WEEKS", "MONTHS", "YEARS"): "3 years", "1 month". */
    public String duration(int amount, String unit) {
        return text("duration.amount." + unit, amount);
    }

    /** A step's name as the step list shows it, from the step's id ("pain"). */
    public String step(String stepId) {
        return raw("step." + stepId);
    }
}
