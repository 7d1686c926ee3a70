package org.secondlook.knowledge;

/** What a mean result's numbers are. */
public enum ResultKind {
    /** Average score at the time point in each group. */
    SCORE,
    /** Average change from the start in each group. */
    CHANGE,
    /** Only the difference between the groups is given. */
    DIFFERENCE
}
