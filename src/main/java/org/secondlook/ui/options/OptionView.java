package org.secondlook.ui.options;

import org.secondlook.advice.OptionAdvice;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.TreatmentOption;

/** One option as the screens show it: the engine's personal view and the content behind it. */
public record OptionView(OptionAdvice advice, ConditionOption evidence, TreatmentOption option) {

    public String id() {
        return advice.id();
    }

    public String name() {
        return advice.name();
    }

    public Category category() {
        return advice.category();
    }

    public boolean experimental() {
        return advice.category() == Category.EXPERIMENTAL;
    }
}
