package org.secondlook.advice;

/** What the person could pay out of pocket, in US dollars. */
public enum Budget {
    UNDER_500(500), UNDER_2000(2_000), UNDER_10000(10_000), OVER_10000(Integer.MAX_VALUE), NOT_SURE(Integer.MAX_VALUE);

    private final int ceilingUsd;

    Budget(int ceilingUsd) {
        this.ceilingUsd = ceilingUsd;
    }

    public int ceilingUsd() {
        return ceilingUsd;
    }
}
