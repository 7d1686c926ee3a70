package org.secondlook.advice;

import java.util.List;
import org.secondlook.knowledge.Regulator;

/**
 * An option's status with one regulator, or the sentence "our sources do not say". {@code yourCountry} is true for
 * the regulator of the country the person lives in; its line comes first.
 */
public record RegulatoryLine(Regulator regulator, boolean yourCountry, String status, List<String> sources) {

    public RegulatoryLine {
        sources = List.copyOf(sources);
    }
}
