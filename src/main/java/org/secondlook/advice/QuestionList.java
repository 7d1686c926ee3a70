package org.secondlook.advice;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.LocalizedText;

/**
 * Builds the list of questions to bring, most relevant first: warning signs, what went badly before, the leaning,
 * the person's situation, then the compared options' own questions taken in turn (so the first few cover every
 * compared option), then the stem-cell clinic questions when a cell therapy is considered. Repeats are left out:
 * questions differing only in case or punctuation, and content questions asking nearly the same thing.
 */
final class QuestionList {

    /** Content questions sharing this share of their words (and at least two words) ask nearly the same thing. */
    private static final double NEAR_SAME = 0.6;
    private static final Set<String> FILLER = Set.of("a", "an", "the", "is", "it", "this", "that", "of", "to", "in",
            "on", "for", "and", "or", "what", "how", "will", "would", "should", "can", "could", "do", "does", "i", "me",
            "my", "you", "your", "be", "by", "when", "with", "are", "from", "there", "any", "if", "which", "as");

    private final KnowledgeBase kb;
    private final AdviceText text;
    private final Map<String, String> questions = new LinkedHashMap<>();
    private final List<Set<String>> contentWords = new ArrayList<>();

    QuestionList(KnowledgeBase kb, AdviceText text) {
        this.kb = kb;
        this.text = text;
    }

    List<String> build(Advice advice, Profile profile, List<String> consideredOptionIds) {
        advice.urgentReasons().forEach(r -> add(text.text("questions.urgent", r.sign())));
        if (profile.redFlags().contains(RedFlag.CANNOT_BEAR_WEIGHT_AFTER_INJURY)) {
            add(text.text("questions.kneeInjury"));
        }
        profile.priorTreatments().stream().filter(t -> t.outcome() == Outcome.WORSE || t.outcome() == Outcome.SIDE_EFFECTS)
                .forEach(this::addAboutTried);
        if (profile.leaning() != null) {
            add(text.text("questions.leaning", optionName(profile.leaning())));
        }
        if (profile.diagnosis() == Diagnosis.NOT_DIAGNOSED) {
            add(text.text("questions.notDiagnosed"));
        }
        // The question asks whether it could be pregnancy-related back or pelvic pain: moot when that is the diagnosis.
        if (profile.onset() == Onset.AFTER_PREGNANCY && profile.site() == Site.LOW_BACK
                && profile.diagnosis() != Diagnosis.PREGNANCY_BACK_PELVIC_PAIN) {
            add(text.text("questions.afterPregnancy"));
        }
        profile.priorTreatments().stream().filter(t -> t.outcome() != Outcome.WORSE && t.outcome() != Outcome.SIDE_EFFECTS)
                .forEach(this::addAboutTried);
        List<OptionAdvice> considered = consideredOptionIds.stream()
                .map(id -> advice.option(id).orElseThrow(() -> new IllegalArgumentException(
                        "Option " + id + " is not one of the options for " + advice.conditionId())))
                .toList();
        int most = considered.stream().mapToInt(o -> o.questions().size()).max().orElse(0);
        for (int turn = 0; turn < most; turn++) {
            for (OptionAdvice option : considered) {
                if (turn < option.questions().size()) {
                    addFromContent(option.questions().get(turn));
                }
            }
        }
        if (considered.stream().anyMatch(OptionAdvice::isscrQuestionsApply)) {
            kb.isscrQuestions().forEach(q -> addFromContent(localized(q.question())));
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
        questions.putIfAbsent(sameness(question), question);
    }

    private void addFromContent(String question) {
        Set<String> words = words(question);
        if (contentWords.stream().noneMatch(earlier -> nearlySame(earlier, words))) {
            contentWords.add(words);
            add(question);
        }
    }

    private static String sameness(String question) {
        return question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The question's meaningful words, roughly stemmed ("measured" and "measure" are one word). */
    private static Set<String> words(String question) {
        Set<String> words = new HashSet<>();
        for (String word : sameness(question).split(" ")) {
            if (!word.isEmpty() && !FILLER.contains(word)) {
                words.add(word.replaceFirst("(ing|ed|es|s|e)$", ""));
            }
        }
        return words;
    }

    private static boolean nearlySame(Set<String> one, Set<String> other) {
        Set<String> shared = new HashSet<>(one);
        shared.retainAll(other);
        int smaller = Math.min(one.size(), other.size());
        return shared.size() >= 2 && shared.size() >= NEAR_SAME * smaller;
    }
}
