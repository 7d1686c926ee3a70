package org.secondlook.advice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.LocalizedText;
import org.secondlook.knowledge.TreatmentOption;

/** Builds the list of questions to bring, without repeats (questions differing only in case or punctuation are one). */
final class QuestionList {

    private final KnowledgeBase kb;
    private final AdviceText text;
    private final Map<String, String> questions = new LinkedHashMap<>();

    QuestionList(KnowledgeBase kb, AdviceText text) {
        this.kb = kb;
        this.text = text;
    }

    List<String> build(Advice advice, Profile profile, List<String> consideredOptionIds) {
        advice.urgentReasons().forEach(r -> add(text.text("questions.urgent", r.sign())));
        if (profile.diagnosis() == Diagnosis.NOT_DIAGNOSED) {
            add(text.text("questions.notDiagnosed"));
        }
        if (profile.onset() == Onset.AFTER_PREGNANCY) {
            add(text.text("questions.afterPregnancy"));
        }
        profile.priorTreatments().forEach(this::addAboutTried);
        if (profile.leaning() != null) {
            add(text.text("questions.leaning", optionName(profile.leaning())));
        }
        boolean unproven = false;
        for (String optionId : consideredOptionIds) {
            OptionAdvice considered = advice.option(optionId).orElseThrow(() -> new IllegalArgumentException(
                    "Option " + optionId + " is not one of the options for " + advice.conditionId()));
            TreatmentOption option = kb.option(optionId).orElseThrow();
            option.questionsToAsk().stream().map(this::localized).forEach(this::add);
            unproven |= considered.isscrQuestionsApply() || considered.category() == Category.EXPERIMENTAL;
        }
        if (unproven) {
            kb.isscrQuestions().forEach(q -> add(localized(q.question())));
        }
        return List.copyOf(questions.values());
    }

    private void addAboutTried(PriorTreatment prior) {
        String key = switch (prior.outcome()) {
            case HELPED -> null;
            case PARTLY -> "questions.partly";
            case NO_CHANGE -> "questions.noChange";
            case WORSE -> "questions.worse";
            case SIDE_EFFECTS -> "questions.sideEffects";
        };
        if (key != null) {
            add(text.text(key, optionName(prior.option())));
        }
    }

    private String optionName(String optionId) {
        return kb.option(optionId).map(o -> localized(o.name())).orElse(optionId);
    }

    private String localized(LocalizedText localizedText) {
        return localizedText.in(text.locale());
    }

    private void add(String question) {
        String sameness = question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        questions.putIfAbsent(sameness, question);
    }
}
