package org.secondlook.advice;

/** How an option stands against one of the person's priorities. */
public enum FitRelation {
    MATCHES,
    CONFLICTS,
    /** The sources describe it (e.g. recovery time) and the person judges it; the engine does not guess. */
    YOU_JUDGE,
    /** The sources do not say. */
    NOT_IN_SOURCES
}
