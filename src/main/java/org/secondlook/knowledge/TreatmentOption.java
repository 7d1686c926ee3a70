package org.secondlook.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A treatment, described the same way whatever the condition. Null facts mean "not in our sources".
 * {@code isscrQuestionsApply} links the option to the ISSCR questions for clinics selling unproven treatments.
 */
public record TreatmentOption(
        String id,
        LocalizedText name,
        OptionKind kind,
        Invasiveness invasiveness,
        boolean needles,
        boolean travelAbroadTypical,
        Fact whatItInvolves,
        Fact timeToEffect,
        Fact recovery,
        Fact sessions,
        List<RegulatoryStatus> regulatory,
        boolean isscrQuestionsApply,
        List<LocalizedText> questionsToAsk,
        List<String> terms) {

    public TreatmentOption {
        regulatory = regulatory == null ? List.of() : List.copyOf(regulatory);
        questionsToAsk = questionsToAsk == null ? List.of() : List.copyOf(questionsToAsk);
        terms = terms == null ? List.of() : List.copyOf(terms);
    }

    public Optional<Fact> timeToEffectIfKnown() {
        return Optional.ofNullable(timeToEffect);
    }

    public Optional<Fact> recoveryIfKnown() {
        return Optional.ofNullable(recovery);
    }

    public Optional<Fact> sessionsIfKnown() {
        return Optional.ofNullable(sessions);
    }

    public Optional<RegulatoryStatus> statusWith(Regulator regulator) {
        return regulatory.stream().filter(r -> r.regulator() == regulator).findFirst();
    }
}
