package org.secondlook.knowledge;

/** What the evidence says about a marketing claim. */
public enum Verdict {
    TRUE,
    PARTLY_TRUE,
    MISLEADING,
    NOT_SUPPORTED,
    FALSE
}
