package org.secondlook.ui.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.secondlook.advice.Profile;
import org.secondlook.ui.common.Messages;

/** Names the groups of answers that differ between two profiles, for "updated because you changed ...". */
final class ProfileChanges {

    private ProfileChanges() {
    }

    static String describe(Profile before, Profile after, Messages messages) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.redFlags(), after.redFlags())) {
            changed.add(messages.get("step.safety"));
        }
        if (before.site() != after.site() || before.side() != after.side() || before.painDurationWeeks() != after.painDurationWeeks()
                || before.painIntensity() != after.painIntensity() || !before.impact().equals(after.impact())
                || before.onset() != after.onset()) {
            changed.add(messages.get("step.pain"));
        }
        if (before.diagnosis() != after.diagnosis() || !Objects.equals(before.imagingDone(), after.imagingDone())) {
            changed.add(messages.get("step.diagnosis"));
        }
        if (!before.priorTreatments().equals(after.priorTreatments())) {
            changed.add(messages.get("step.tried"));
        }
        if (!before.priorities().equals(after.priorities()) || !Objects.equals(before.leaning(), after.leaning())) {
            changed.add(messages.get("step.priorities"));
        }
        if (before.country() != after.country() || !Objects.equals(before.insured(), after.insured())
                || before.budget() != after.budget() || !Objects.equals(before.willingToTravel(), after.willingToTravel())) {
            changed.add(messages.get("step.practical"));
        }
        return String.join(", ", changed);
    }
}
