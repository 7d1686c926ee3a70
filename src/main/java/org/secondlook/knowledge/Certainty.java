package org.secondlook.knowledge;

/**
 * How sure the evidence lets us be (GRADE). {@link #NO_GOOD_TRIALS} means there are no good trials;
 * {@link #NOT_ASSESSED} means our sources do not give a grade, which is not the same thing.
 */
public enum Certainty {
    HIGH("We are very confident in this evidence."),
    MODERATE("We are moderately confident in this evidence."),
    LOW("Our confidence in this evidence is limited."),
    VERY_LOW("We have very little confidence in this evidence."),
    NO_GOOD_TRIALS("There are no good trials of this."),
    NOT_ASSESSED("Our sources do not grade this evidence.");

    private final String plainEnglish;

    Certainty(String plainEnglish) {
        this.plainEnglish = plainEnglish;
    }

    /** The standard GRADE wording for this level, in English. */
    public String plainEnglish() {
        return plainEnglish;
    }
}
