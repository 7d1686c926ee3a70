package org.secondlook.knowledge;

/** What a piece of patient-facing text is, which decides the checks it gets. */
public enum TextRole {
    /** Names and titles: proper names and medical names, not graded for reading level on their own. */
    NAME,
    /** Short labels on numbers (group names, time frames, units): not graded on their own. */
    LABEL,
    /** Sentences the patient reads: graded for reading level. */
    PROSE,
    /** A marketing claim as patients meet it: graded, and allowed to contain words we never use ourselves. */
    MARKETING_CLAIM
}
