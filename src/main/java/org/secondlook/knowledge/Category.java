package org.secondlook.knowledge;

/** Where an option stands for one condition, judged from the major guidelines. */
public enum Category {
    ESTABLISHED,
    SOME_GUIDELINES,
    GUIDELINES_DISAGREE,
    NOT_RECOMMENDED,
    EXPERIMENTAL
}
