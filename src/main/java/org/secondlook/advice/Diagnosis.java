package org.secondlook.advice;

/** The diagnosis the person was given, as named in the profile format. */
public enum Diagnosis {
    NONSPECIFIC_LOW_BACK_PAIN(Site.LOW_BACK),
    DEGENERATIVE_DISC_DISEASE(Site.LOW_BACK),
    HERNIATED_DISC_SCIATICA(Site.LOW_BACK),
    SPINAL_STENOSIS(Site.LOW_BACK),
    FACET_JOINT_PAIN(Site.LOW_BACK),
    SACROILIAC_JOINT_PAIN(Site.LOW_BACK),
    DEGENERATIVE_SPONDYLOLISTHESIS(Site.LOW_BACK),
    PREGNANCY_BACK_PELVIC_PAIN(Site.LOW_BACK),
    KNEE_OSTEOARTHRITIS(Site.KNEE),
    DEGENERATIVE_MENISCAL_TEAR(Site.KNEE),
    PATELLOFEMORAL_PAIN(Site.KNEE),
    /** Not diagnosed or not sure; the site decides which "not diagnosed yet" content applies. */
    NOT_DIAGNOSED(null);

    private final Site site;

    Diagnosis(Site site) {
        this.site = site;
    }

    /** True when this diagnosis can be given for pain at {@code where}. */
    public boolean appliesTo(Site where) {
        return site == null || site == where;
    }
}
