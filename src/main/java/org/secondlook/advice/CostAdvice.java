package org.secondlook.advice;

import java.util.List;

/** The prices in the sources (the person's region first) and what they mean for the person's budget and insurance. */
public record CostAdvice(List<CostLine> lines, List<String> notes, BudgetFit budgetFit) {

    public CostAdvice {
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }
}
