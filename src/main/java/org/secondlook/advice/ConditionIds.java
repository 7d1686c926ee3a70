package org.secondlook.advice;

/** Maps a diagnosis and a site to the knowledge content's condition id. */
public final class ConditionIds {

    private ConditionIds() {
    }

    public static String of(Diagnosis diagnosis, Site site) {
        if (diagnosis != Diagnosis.NOT_DIAGNOSED) {
            return diagnosis.name();
        }
        return switch (site) {
            case LOW_BACK -> "NOT_DIAGNOSED_BACK";
            case KNEE -> "NOT_DIAGNOSED_KNEE";
        };
    }
}
