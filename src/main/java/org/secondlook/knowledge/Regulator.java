package org.secondlook.knowledge;

/** Medicine regulators in the regions Second Look covers. */
public enum Regulator {
    FDA,
    EMA,
    COFEPRIS,
    /** The UK's medicines regulator; our sources hold no statement from it yet. */
    MHRA
}
