package org.secondlook.knowledge;

/** The scale a mean result was measured on. */
public enum Scale {
    PAIN_0_TO_10(10, false),
    PAIN_0_TO_100(100, false),
    SCORE_0_TO_100_HIGHER_IS_BETTER(100, true);

    private final int maximum;
    private final boolean higherIsBetter;

    Scale(int maximum, boolean higherIsBetter) {
        this.maximum = maximum;
        this.higherIsBetter = higherIsBetter;
    }

    public int maximum() {
        return maximum;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public boolean isPain() {
        return this != SCORE_0_TO_100_HIGHER_IS_BETTER;
    }
}
