package org.secondlook.advice;

/**
 * The four yes/no questions of the SURE test of decisional conflict; each is null until answered.
 * Each "yes" scores one point.
 */
public record SureAnswers(Boolean sure, Boolean understand, Boolean riskBenefit, Boolean encouragement) {

    public static final int MAX_SCORE = 4;
    /** A total at or below this suggests the person is still in conflict about the decision. */
    public static final int CONFLICT_THRESHOLD = 3;

    public static SureAnswers unanswered() {
        return new SureAnswers(null, null, null, null);
    }

    public boolean allAnswered() {
        return sure != null && understand != null && riskBenefit != null && encouragement != null;
    }

    /** The number of "yes" answers so far. */
    public int score() {
        return point(sure) + point(understand) + point(riskBenefit) + point(encouragement);
    }

    /** True only when all four are answered and the score shows decisional conflict. */
    public boolean positiveForConflict() {
        return allAnswered() && score() <= CONFLICT_THRESHOLD;
    }

    private static int point(Boolean answer) {
        return Boolean.TRUE.equals(answer) ? 1 : 0;
    }
}
