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

/**
 * Profile in, advice out: deterministic and explained. It informs and never ranks an option above another of a
 * better-backed category: options come in the fixed category order, and only within a category by fit.
 */
public final class AdviceEngine {

    private final KnowledgeBase kb;

    public AdviceEngine(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** @throws ProfileException when the profile is incomplete or inconsistent (e.g. a knee diagnosis for back pain) */
    /** How long a treatment was tried, in the same words the advice uses ("for about 6 months"). */
    public String triedFor(int weeks, Locale locale) {
        return TriedFor.phrase(weeks, new AdviceText(locale));
    }

    /** Where a pain duration falls by each guideline's lines for pain at {@code site}. */
    public PainDuration painDuration(int weeks, Site site, Locale locale) {
        return new DurationReader(kb, new AdviceText(locale)).read(weeks, site);
    }

    public Advice advise(Profile profile, Locale locale) {
        AdviceText text = new AdviceText(locale);
        new ProfileRules(kb, text).check(profile);
        String conditionId = ConditionIds.of(profile.diagnosis(), profile.site());
        Condition condition = kb.condition(conditionId).orElseThrow(() -> new IllegalStateException(
                "The content has no condition " + conditionId));
        OptionAdviser adviser = new OptionAdviser(kb, text);
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

    /**
     * The questions to take to the appointment: personal ones first (a warning sign, what did not work), then the
     * questions for each option the person is considering, then the ISSCR questions if any of them is unproven.
     */
    public List<String> questionsToBring(Advice advice, Profile profile, List<String> consideredOptionIds,
            Locale locale) {
        return new QuestionList(kb, new AdviceText(locale)).build(advice, profile, consideredOptionIds);
    }

    /** Next steps from the SURE test answers (null = not answered, treated as "not yet"). */
    public List<String> nextSteps(Boolean sure, Boolean understand, Boolean riskBenefit, Boolean encouragement,
            Locale locale) {
        return new NextSteps(new AdviceText(locale)).from(sure, understand, riskBenefit, encouragement);
    }

    /** The true/false questions for the advice's condition. */
    public List<KnowledgeCheck> knowledgeCheckFor(Advice advice) {
        return kb.knowledgeChecksFor(advice.conditionId());
    }
}
