package org.secondlook.knowledge;

/** How far a treatment goes into the body. */
public enum Invasiveness {
    NONE,
    MEDICINE,
    NEEDLE,
    SURGERY
}
