package org.secondlook.knowledge;

/** Where a price applies. */
public enum Region {
    US,
    MEXICO,
    UK
}
