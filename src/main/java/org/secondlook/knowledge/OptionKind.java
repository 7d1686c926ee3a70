package org.secondlook.knowledge;

/** The broad kind of a treatment option, which the advice engine matches against priorities. */
public enum OptionKind {
    WAIT_AND_SELF_CARE,
    EXERCISE_OR_SELF_CARE,
    PSYCHOLOGICAL,
    DRUG,
    INJECTION,
    DEVICE_OR_PASSIVE,
    SURGERY,
    OTHER
}
