package org.secondlook.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.CertaintyAssessment;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.LocalizedText;
import org.secondlook.knowledge.Regulator;
import org.secondlook.knowledge.RegulatoryStatus;
import org.secondlook.knowledge.TreatmentOption;

/**
 * Explains one option for one person. Highlight rule: an option is highlighted only when it is not experimental and
 * not advised against, matches at least one priority rated {@value FitAssessor#NOTE_FROM} or more, has no conflict
 * with anything the person rated, and did not make things worse or cause side effects when they tried it.
 */
final class OptionAdviser {

    private final KnowledgeBase kb;
    private final AdviceText text;
    private final FitAssessor fitAssessor;
    private final CostAdviser costAdviser;

    OptionAdviser(KnowledgeBase kb, AdviceText text, OutOfPocket.Travel travel) {
        this.kb = kb;
        this.text = text;
        this.fitAssessor = new FitAssessor(text);
        this.costAdviser = new CostAdviser(kb, text, travel);
    }

    OptionAdvice advise(ConditionOption standing, Profile profile) {
        TreatmentOption option = kb.option(standing.option()).orElseThrow(() -> new IllegalStateException(
                "The content lists option " + standing.option() + " for a condition but does not describe it"));
        List<TriedBefore> tried = profile.priorTreatments().stream()
                .filter(t -> t.option().equals(option.id()))
                .map(this::tried)
                .toList();
        CostAdvice cost = costAdviser.advise(standing.costs(), profile, option.travelAbroadTypical());
        List<FitNote> fit = fitAssessor.assess(profile, option, standing, cost.budgetFit());
        return new OptionAdvice(option.id(), option.name().in(text.locale()), standing.category(),
                certainty(standing.certainty()), whyShown(standing.category()), tried, fit, cost,
                regulatory(option, profile.country()), option.isscrQuestionsApply(), localized(option.questionsToAsk()),
                notes(tried, option, profile), highlighted(standing.category(), fit, tried),
                standing.sessions() != null ? standing.sessions() : option.sessions(),
                kb.claimsFor(option.id()).stream().filter(c -> c.madeFor(profile.site().bodySite())).toList());
    }

    private CertaintyView certainty(CertaintyAssessment assessment) {
        String key = switch (assessment.grade()) {
            case HIGH -> "certainty.high";
            case MODERATE -> "certainty.moderate";
            case LOW -> "certainty.low";
            case VERY_LOW -> "certainty.veryLow";
            case NO_GOOD_TRIALS -> "certainty.noGoodTrials";
            case NOT_ASSESSED -> "certainty.notAssessed";
        };
        return new CertaintyView(assessment.grade(), text.text(key), assessment.reason().text().in(text.locale()),
                assessment.reason().sources());
    }

    private String whyShown(Category category) {
        return text.text(switch (category) {
            case ESTABLISHED -> "whyShown.established";
            case SOME_GUIDELINES -> "whyShown.someGuidelines";
            case GUIDELINES_DISAGREE -> "whyShown.guidelinesDisagree";
            case NO_CLEAR_GUIDELINE -> "whyShown.noGuideline";
            case NOT_RECOMMENDED -> "whyShown.notRecommended";
            case EXPERIMENTAL -> "whyShown.experimental";
        });
    }

    private TriedBefore tried(PriorTreatment prior) {
        String forWeeks = prior.weeks() == null ? "" : " " + TriedFor.phrase(prior.weeks(), text);
        String key = switch (prior.outcome()) {
            case HELPED -> "tried.helped";
            case PARTLY -> "tried.partly";
            case NO_CHANGE -> "tried.noChange";
            case WORSE -> "tried.worse";
            case SIDE_EFFECTS -> "tried.sideEffects";
        };
        return new TriedBefore(prior.outcome(), prior.weeks(), text.text(key, forWeeks));
    }

    /** The regulator of the person's country first, then the others in the content's order. */
    private List<RegulatoryLine> regulatory(TreatmentOption option, Country country) {
        Regulator home = country == null ? null : switch (country) {
            case US -> Regulator.FDA;
            case MEXICO -> Regulator.COFEPRIS;
            case UK -> Regulator.MHRA;
            case OTHER -> null;
        };
        return option.regulatory().stream().map(status -> regulatoryLine(status, status.regulator() == home))
                .sorted(Comparator.comparing((RegulatoryLine line) -> !line.yourCountry()))
                .toList();
    }

    private RegulatoryLine regulatoryLine(RegulatoryStatus status, boolean yourCountry) {
        if (status.status() == null) {
            return new RegulatoryLine(status.regulator(), yourCountry, text.text("regulatory.notSaid"), List.of());
        }
        return new RegulatoryLine(status.regulator(), yourCountry, status.status().text().in(text.locale()),
                status.status().sources());
    }

    private List<String> localized(List<LocalizedText> texts) {
        return texts.stream().map(t -> t.in(text.locale())).toList();
    }

    private List<String> notes(List<TriedBefore> tried, TreatmentOption option, Profile profile) {
        Set<String> notes = new LinkedHashSet<>();
        for (TriedBefore before : tried) {
            if (before.outcome() == Outcome.WORSE) {
                notes.add(text.text("tried.worseNote"));
            } else if (before.outcome() == Outcome.SIDE_EFFECTS) {
                notes.add(text.text("tried.sideEffectsNote"));
            }
        }
        if (Boolean.FALSE.equals(profile.willingToTravel()) && option.travelAbroadTypical()) {
            notes.add(text.text("notes.noTravel"));
        }
        return new ArrayList<>(notes);
    }

    private static boolean highlighted(Category category, List<FitNote> fit, List<TriedBefore> tried) {
        boolean advisable = category != Category.EXPERIMENTAL && category != Category.NOT_RECOMMENDED;
        boolean strongMatch = fit.stream()
                .anyMatch(n -> n.relation() == FitRelation.MATCHES && n.rating() >= FitAssessor.NOTE_FROM);
        boolean conflict = fit.stream().anyMatch(n -> n.relation() == FitRelation.CONFLICTS);
        boolean wentBadly = tried.stream()
                .anyMatch(t -> t.outcome() == Outcome.WORSE || t.outcome() == Outcome.SIDE_EFFECTS);
        return advisable && strongMatch && !conflict && !wentBadly;
    }
}
