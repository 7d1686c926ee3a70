package org.secondlook.knowledge;

/** A reference (S1, S2, ...). Citations are bibliographic text, not translated. */
public record Source(String id, String citation, boolean lowQuality) {
}
