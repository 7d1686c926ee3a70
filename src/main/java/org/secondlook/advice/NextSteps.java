package org.secondlook.advice;

import java.util.ArrayList;
import java.util.List;

/**
 * Next steps from the SURE test, following the Ottawa Personal Decision Guide: each "no" points to the need it
 * reveals (learn more, clarify values, find support); all "yes" means planning the talk with the specialist.
 */
final class NextSteps {

    private final AdviceText text;

    NextSteps(AdviceText text) {
        this.text = text;
    }

    List<String> from(Boolean sure, Boolean understand, Boolean riskBenefit, Boolean encouragement) {
        List<String> steps = new ArrayList<>();
        if (!yes(understand)) {
            add(steps, "next.learn.options", "next.learn.certainty", "next.learn.ask");
        }
        if (!yes(riskBenefit)) {
            add(steps, "next.values.exercise", "next.values.fit");
        }
        if (!yes(encouragement)) {
            add(steps, "next.support.talk", "next.support.bring", "next.support.pressure");
        }
        if (!yes(sure) && steps.isEmpty()) {
            add(steps, "next.sure.time");
        }
        if (steps.isEmpty()) {
            add(steps, "next.ready.plan", "next.ready.tell");
        }
        return List.copyOf(steps);
    }

    private static boolean yes(Boolean answer) {
        return Boolean.TRUE.equals(answer);
    }

    private void add(List<String> steps, String... keys) {
        for (String key : keys) {
            steps.add(text.text(key));
        }
    }
}
