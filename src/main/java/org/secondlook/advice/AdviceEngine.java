package org.secondlook.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.Condition;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeCheck;
import org.secondlook.knowledge.TreatmentOption;

/**
 * Profile in, advice out: deterministic and explained. It informs and never ranks an option above another of a
 * better-backed category: options come in the fixed category order, and only within a category by fit.
 */
public final class AdviceEngine {

    /** At most this many options are compared side by side. */
    public static final int MAX_COMPARED = ComparisonChoice.MAX_COMPARED;

    private final KnowledgeBase kb;

    public AdviceEngine(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** How long a treatment was tried, in the same words the advice uses ("for about 6 months"). */
    public String triedFor(int weeks, Locale locale) {
        return TriedFor.phrase(weeks, new AdviceText(locale));
    }

    /**
     * What to do now after a warning sign: get help today, and when to call the emergency number, the one for
     * {@code country} or, when it is not known yet (null), each country's, labelled.
     */
    public List<String> urgentCare(Country country, Locale locale) {
        return new UrgentCare(new AdviceText(locale)).now(country);
    }

    /** Where a pain duration falls by each guideline's lines for pain at {@code site}. */
    public PainDuration painDuration(int weeks, Site site, Locale locale) {
        return new DurationReader(kb, new AdviceText(locale)).read(weeks, site);
    }

    /**
     * The whole decision for one person's answers: the advice, the options compared in column order, the questions
     * to bring, the next steps and the knowledge check. Screens and the printout render this, never their own.
     *
     * @param chosen the options the person picked to compare, in any order; empty for the balanced default
     * @param travel the travel the person entered for the estimate, added to every budget check; null when none
     * @throws ProfileException when the profile is incomplete or inconsistent (e.g. a knee diagnosis for back pain)
     */
    public Decision decide(Profile profile, List<String> chosen, SureAnswers sure, OutOfPocket.Travel travel,
                           Locale locale) {
        Advice advice = advise(profile, travel, locale);
        List<String> comparison = ComparisonChoice.of(advice, chosen, profile.leaning(), mostAskedAbout(advice));
        List<String> considered = new ArrayList<>(comparison);
        if (profile.leaning() != null && !considered.contains(profile.leaning())) {
            considered.add(profile.leaning());
        }
        AdviceText text = new AdviceText(locale);
        boolean injuryFirst = profile.redFlags().contains(RedFlag.CANNOT_BEAR_WEIGHT_AFTER_INJURY);
        // After a new knee injury, the options' own questions (arthritis care, exercise) wait until it is checked.
        List<String> questions = new QuestionList(kb, text).build(advice, profile, injuryFirst ? List.of() : considered);
        List<String> nextSteps = new ArrayList<>();
        if (advice.urgent()) {
            nextSteps.addAll(new UrgentCare(text).now(profile.country()));
        }
        if (!injuryFirst) {
            // The SURE steps are about weighing the options, which wait until a new injury is checked.
            nextSteps.addAll(new NextSteps(text).from(sure.sure(), sure.understand(), sure.riskBenefit(),
                    sure.encouragement()));
        }
        boolean chosenByPerson = chosen.stream().anyMatch(id -> advice.option(id).isPresent());
        return new Decision(advice, comparison, chosenByPerson, questions, nextSteps,
                injuryFirst ? List.of() : kb.knowledgeChecksFor(advice.conditionId()));
    }

    /**
     * The experimental option people most often come to read about: the first cell therapy (an option the
     * stem-cell clinic questions apply to) the content lists for the condition, else its first experimental option.
     */
    private String mostAskedAbout(Advice advice) {
        List<String> experimental = kb.condition(advice.conditionId()).orElseThrow().options().stream()
                .filter(o -> o.category() == Category.EXPERIMENTAL).map(ConditionOption::option).toList();
        return experimental.stream().filter(id -> kb.option(id).map(TreatmentOption::isscrQuestionsApply).orElse(false))
                .findFirst().orElse(experimental.isEmpty() ? null : experimental.get(0));
    }

    /**
     * @param travel the travel the person entered, in US dollars, added to every budget check; null when none
     * @throws ProfileException when the profile is incomplete or inconsistent (e.g. a knee diagnosis for back pain)
     */
    public Advice advise(Profile profile, OutOfPocket.Travel travel, Locale locale) {
        AdviceText text = new AdviceText(locale);
        new ProfileRules(kb, text).check(profile);
        String conditionId = ConditionIds.of(profile.diagnosis(), profile.site());
        Condition condition = kb.condition(conditionId).orElseThrow(() -> new IllegalStateException(
                "The content has no condition " + conditionId));
        OptionAdviser adviser = new OptionAdviser(kb, text, travel == null ? OutOfPocket.Travel.NONE : travel);
        List<OptionAdvice> options = new ArrayList<>();
        for (Category category : Category.values()) {
            condition.options().stream()
                    .filter(o -> o.category() == category)
                    .map(o -> adviser.advise(o, profile))
                    // Stable sort: options that fit equally keep the content's order.
                    .sorted(Comparator.comparingInt((OptionAdvice o) -> FitAssessor.score(o.fit())).reversed())
                    .forEach(options::add);
        }
        List<UrgentReason> urgentReasons = new RedFlagTriage(kb, text).reasons(profile);
        return new Advice(kb.metadata().contentVersion(), profile.site(), condition.id(),
                condition.name().in(locale), !urgentReasons.isEmpty(), urgentReasons,
                new DurationReader(kb, text).read(profile.painDurationWeeks(), profile.site()), options);
    }
}
