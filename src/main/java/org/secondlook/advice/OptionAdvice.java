package org.secondlook.advice;

import java.util.List;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.Fact;
import org.secondlook.knowledge.MarketingClaim;

/**
 * One option for the person's condition, explained: why it is shown, how sure the evidence is, whether they tried
 * it, how it fits what they said matters, what it costs, its regulatory status and the questions to ask.
 * {@code notes} hold warnings that must not be missed, such as "this made your pain worse before".
 * {@code sessions} (null when the sources do not say) and {@code claims} are those for the person's site only.
 */
public record OptionAdvice(
        String id,
        String name,
        Category category,
        CertaintyView certainty,
        String whyShown,
        List<TriedBefore> alreadyTried,
        List<FitNote> fit,
        CostAdvice cost,
        List<RegulatoryLine> regulatory,
        boolean isscrQuestionsApply,
        List<String> questions,
        List<String> notes,
        boolean highlighted,
        Fact sessions,
        List<MarketingClaim> claims) {

    public OptionAdvice {
        alreadyTried = List.copyOf(alreadyTried);
        fit = List.copyOf(fit);
        regulatory = List.copyOf(regulatory);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
        claims = List.copyOf(claims);
    }
}
