package org.secondlook.text;

import java.util.Locale;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.StepId;

/**
 * The terms the screens and the printout both show (step names, sites, outcomes, priorities, categories,
 * verdicts, durations), worded once in {@code org/secondlook/text/terms*.properties}.
 */
public final class Terms extends BundleText {

    static final String BUNDLE = "org.secondlook.text.terms";

    public Terms(Locale locale) {
        super(BUNDLE, locale);
    }

    /** A duration in the person's own unit: "3 years", "1 month". */
    public String duration(DurationAnswer duration) {
        return text("duration.amount." + duration.unit().name(), duration.amount());
    }

    /** The step's name as the step list shows it. */
    public String step(StepId step) {
        return raw("step." + step.id());
    }
}
