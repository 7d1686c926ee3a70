package org.secondlook.knowledge;

/** Where an option stands for one condition, judged from the major guidelines. */
public enum Category {
    ESTABLISHED,
    SOME_GUIDELINES,
    GUIDELINES_DISAGREE,
    /** Our sources hold no clear guideline advice for this condition (none, or "evidence uncertain"); study results are shown. */
    NO_CLEAR_GUIDELINE,
    NOT_RECOMMENDED,
    EXPERIMENTAL
}
