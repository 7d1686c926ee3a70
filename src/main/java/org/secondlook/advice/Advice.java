package org.secondlook.advice;

import java.util.List;
import java.util.Optional;
import org.secondlook.knowledge.Category;

/**
 * What the engine found for one profile: urgent signs first, then every option of the condition, grouped by
 * category (established first, experimental last) and, within a category, by fit with the person's ratings.
 */
public record Advice(
        String contentVersion,
        Site site,
        String conditionId,
        String conditionName,
        boolean urgent,
        List<UrgentReason> urgentReasons,
        PainDuration painDuration,
        List<OptionAdvice> options) {

    public Advice {
        urgentReasons = List.copyOf(urgentReasons);
        options = List.copyOf(options);
    }

    public Optional<OptionAdvice> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    public List<OptionAdvice> inCategory(Category category) {
        return options.stream().filter(o -> o.category() == category).toList();
    }
}
