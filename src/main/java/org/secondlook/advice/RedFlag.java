package org.secondlook.advice;

/** Warning signs that need urgent care before anything else. */
public enum RedFlag {
    SADDLE_NUMBNESS(null),
    BLADDER_OR_BOWEL_CHANGE(null),
    PROGRESSIVE_LEG_WEAKNESS(null),
    FEVER_OR_INFECTION_RISK(null),
    CANCER_HISTORY_OR_WEIGHT_LOSS(null),
    MAJOR_TRAUMA_OR_FRACTURE_RISK(null),
    HOT_SWOLLEN_KNEE_WITH_FEVER(Site.KNEE),
    CANNOT_BEAR_WEIGHT_AFTER_INJURY(Site.KNEE);

    private final Site onlyFor;

    RedFlag(Site onlyFor) {
        this.onlyFor = onlyFor;
    }

    /** True when the question is asked for pain at {@code site}. */
    public boolean asksAbout(Site site) {
        return onlyFor == null || onlyFor == site;
    }
}
