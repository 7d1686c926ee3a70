package org.secondlook.advice;

/** The things a person rates from 0 (does not matter) to 4 (matters a lot). */
public enum Priority {
    AVOID_SURGERY, AVOID_NEEDLES, LOW_COST, STRONG_EVIDENCE,
    FAST_RELIEF, LASTING_RELIEF, SHORT_RECOVERY, NOT_TRAVELLING;

    public static final int MIN_RATING = 0;
    public static final int MAX_RATING = 4;
}
