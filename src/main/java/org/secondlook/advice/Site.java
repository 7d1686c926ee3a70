package org.secondlook.advice;

import org.secondlook.knowledge.BodySite;

/** Where the pain is. */
public enum Site {
    LOW_BACK, KNEE;

    /** The content's name for this site. */
    public BodySite bodySite() {
        return this == KNEE ? BodySite.KNEE : BodySite.BACK;
    }
}
