package org.secondlook.knowledge;

/** Where the pain is. */
public enum BodySite {
    BACK,
    KNEE
}
