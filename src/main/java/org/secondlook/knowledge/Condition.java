package org.secondlook.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A diagnosis (ids match the advice layer's Diagnosis names, plus NOT_DIAGNOSED_BACK and NOT_DIAGNOSED_KNEE).
 * {@code howDiagnosed} explains how a diagnosis is made; {@code naturalCourse} what usually happens without treatment.
 */
public record Condition(
        String id,
        BodySite site,
        LocalizedText name,
        LocalizedText description,
        Fact naturalCourse,
        Fact howDiagnosed,
        List<ConditionOption> options,
        List<KnowledgeCheck> knowledgeChecks,
        List<String> terms) {

    public Condition {
        options = options == null ? List.of() : List.copyOf(options);
        knowledgeChecks = knowledgeChecks == null ? List.of() : List.copyOf(knowledgeChecks);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public Optional<ConditionOption> option(String optionId) {
        return options.stream().filter(o -> o.option().equals(optionId)).findFirst();
    }
}
