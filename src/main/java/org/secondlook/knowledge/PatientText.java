package org.secondlook.knowledge;

import java.util.List;

/** One patient-facing text field, where it is, and the sources that back it. */
public record PatientText(String file, String place, TextRole role, LocalizedText text, List<String> sources,
        boolean unconfirmed) {
}
