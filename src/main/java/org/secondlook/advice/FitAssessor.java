package org.secondlook.advice;

import java.util.ArrayList;
import java.util.List;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.Fact;
import org.secondlook.knowledge.Invasiveness;
import org.secondlook.knowledge.OptionKind;
import org.secondlook.knowledge.TreatmentOption;

/**
 * Compares an option with the priorities the person rated. Rules:
 * a priority rated {@value #NOTE_FROM} or more always gets a note; a conflict gets a note from {@value #CONFLICT_FROM},
 * because a clash with something that matters "some" is still worth knowing before a visit.
 * Timing, recovery and lasting benefit are never judged by the engine: it quotes the sources or says they are silent.
 */
final class FitAssessor {

    static final int NOTE_FROM = 3;
    static final int CONFLICT_FROM = 2;

    private record Verdict(FitRelation relation, String detail) {
    }

    private final AdviceText text;

    FitAssessor(AdviceText text) {
        this.text = text;
    }

    List<FitNote> assess(Profile profile, TreatmentOption option, ConditionOption standing, BudgetFit budgetFit) {
        List<FitNote> notes = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            int rating = profile.rating(priority);
            Verdict verdict = verdict(priority, option, standing, budgetFit);
            boolean shown = rating >= NOTE_FROM || (rating >= CONFLICT_FROM && verdict.relation() == FitRelation.CONFLICTS);
            if (shown) {
                String sentence = text.text("fit.youSaid", text.text(labelKey(priority)), rating) + " " + verdict.detail();
                notes.add(new FitNote(priority, rating, verdict.relation(), sentence));
            }
        }
        return notes;
    }

    /** How well the notes fit: ratings of matches minus ratings of conflicts. */
    static int score(List<FitNote> notes) {
        return notes.stream().mapToInt(n -> switch (n.relation()) {
            case MATCHES -> n.rating();
            case CONFLICTS -> -n.rating();
            case YOU_JUDGE, NOT_IN_SOURCES -> 0;
        }).sum();
    }

    private Verdict verdict(Priority priority, TreatmentOption option, ConditionOption standing, BudgetFit budgetFit) {
        return switch (priority) {
            case AVOID_SURGERY -> isSurgery(option)
                    ? verdict(FitRelation.CONFLICTS, "fit.surgery") : verdict(FitRelation.MATCHES, "fit.notSurgery");
            case AVOID_NEEDLES -> option.needles()
                    ? verdict(FitRelation.CONFLICTS, "fit.needles") : verdict(FitRelation.MATCHES, "fit.noNeedles");
            case LOW_COST -> switch (budgetFit) {
                case WITHIN -> verdict(FitRelation.MATCHES, "fit.withinBudget");
                case ABOVE -> verdict(FitRelation.CONFLICTS, "fit.aboveBudget");
                case MAY_BE_ABOVE -> verdict(FitRelation.YOU_JUDGE, "fit.mayBeAboveBudget");
                case CANNOT_COMPARE -> verdict(FitRelation.YOU_JUDGE, "fit.checkPrice");
                case NO_PRICE -> verdict(FitRelation.NOT_IN_SOURCES, "fit.noPrice");
            };
            case STRONG_EVIDENCE -> evidence(standing);
            case FAST_RELIEF -> quoted(option.timeToEffect(), "fit.timeToEffect", "fit.noTimeToEffect");
            case SHORT_RECOVERY -> quoted(option.recovery(), "fit.recovery", "fit.noRecovery");
            case LASTING_RELIEF -> quoted(standing.benefit(), "fit.benefit", "fit.noBenefit");
            case NOT_TRAVELLING -> option.travelAbroadTypical()
                    ? verdict(FitRelation.CONFLICTS, "fit.travelAbroad") : verdict(FitRelation.MATCHES, "fit.noTravelAbroad");
        };
    }

    private static boolean isSurgery(TreatmentOption option) {
        return option.kind() == OptionKind.SURGERY || option.invasiveness() == Invasiveness.SURGERY;
    }

    /** Strong evidence means evidence that the option helps: advised-against and unproven options conflict. */
    private Verdict evidence(ConditionOption standing) {
        if (standing.category() == Category.EXPERIMENTAL) {
            return verdict(FitRelation.CONFLICTS, "fit.unproven");
        }
        if (standing.category() == Category.NOT_RECOMMENDED) {
            return verdict(FitRelation.CONFLICTS, "fit.advisedAgainst");
        }
        return switch (standing.certainty().grade()) {
            case HIGH -> wellGraded(standing, text.text("grade.high"));
            case MODERATE -> wellGraded(standing, text.text("grade.moderate"));
            case LOW -> new Verdict(FitRelation.CONFLICTS, text.text("fit.graded", text.text("grade.low")));
            case VERY_LOW -> new Verdict(FitRelation.CONFLICTS, text.text("fit.graded", text.text("grade.veryLow")));
            case NO_GOOD_TRIALS -> verdict(FitRelation.CONFLICTS, "fit.noGoodTrials");
            case NOT_ASSESSED -> verdict(FitRelation.NOT_IN_SOURCES, "fit.notGraded");
        };
    }

    /**
     * Well-graded evidence can show that an option barely helps (e.g. paracetamol for knee arthritis), so it only
     * counts as a match when guidelines also advise the option; otherwise the person reads the reason and judges.
     */
    private Verdict wellGraded(ConditionOption standing, String grade) {
        return standing.category() == Category.ESTABLISHED
                ? new Verdict(FitRelation.MATCHES, text.text("fit.graded", grade))
                : new Verdict(FitRelation.YOU_JUDGE, text.text("fit.gradedButMixed", grade));
    }

    private Verdict quoted(Fact fact, String describedKey, String silentKey) {
        return fact == null
                ? verdict(FitRelation.NOT_IN_SOURCES, silentKey)
                : new Verdict(FitRelation.YOU_JUDGE, text.text(describedKey, fact.text().in(text.locale())));
    }

    private Verdict verdict(FitRelation relation, String key) {
        return new Verdict(relation, text.text(key));
    }

    private static String labelKey(Priority priority) {
        return switch (priority) {
            case AVOID_SURGERY -> "priority.avoidSurgery";
            case AVOID_NEEDLES -> "priority.avoidNeedles";
            case LOW_COST -> "priority.lowCost";
            case STRONG_EVIDENCE -> "priority.strongEvidence";
            case FAST_RELIEF -> "priority.fastRelief";
            case LASTING_RELIEF -> "priority.lastingRelief";
            case SHORT_RECOVERY -> "priority.shortRecovery";
            case NOT_TRAVELLING -> "priority.notTravelling";
        };
    }
}
