package org.secondlook.knowledge;

/** Medicine regulators in the regions Second Look covers. */
public enum Regulator {
    FDA,
    EMA,
    COFEPRIS
}
