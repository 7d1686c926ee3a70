package org.secondlook.advice;

import java.util.List;
import org.secondlook.knowledge.Regulator;

/** An option's status with one regulator, or the sentence "our sources do not say". */
public record RegulatoryLine(Regulator regulator, String status, List<String> sources) {

    public RegulatoryLine {
        sources = List.copyOf(sources);
    }
}
