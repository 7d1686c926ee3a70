package org.secondlook.session;

import org.secondlook.advice.SureAnswers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;

/**
 * What changed between two sessions of the same person, earlier first. Values are null where a session has no
 * answer; the maps hold only the life areas and priorities whose rating changed.
 *
 * @param changedAnswers names of the profile answers and steps that differ, in the order the steps ask them
 */
public record SessionComparison(
        SessionId earlier,
        SessionId later,
        Change<Integer> painIntensity,
        Change<Integer> painDurationWeeks,
        Map<LifeArea, Change<Integer>> impact,
        Map<Priority, Change<Integer>> priorities,
        Change<String> leaning,
        Change<Integer> sureScore,
        List<String> changedAnswers) {

    /** One answer in both sessions. */
    public record Change<T>(T before, T after) {
        public boolean changed() {
            return !Objects.equals(before, after);
        }
    }

    public SessionComparison {
        impact = Map.copyOf(impact);
        priorities = Map.copyOf(priorities);
        changedAnswers = List.copyOf(changedAnswers);
    }

    public static SessionComparison between(Session earlier, Session later) {
        Profile before = earlier.answers().profile();
        Profile after = later.answers().profile();
        Map<LifeArea, Change<Integer>> impact = new EnumMap<>(LifeArea.class);
        for (LifeArea area : LifeArea.values()) {
            put(impact, area, change(before, after, p -> p.impact().get(area)));
        }
        Map<Priority, Change<Integer>> priorities = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            put(priorities, priority, change(before, after, p -> p.priorities().get(priority)));
        }
        return new SessionComparison(
                earlier.id(),
                later.id(),
                change(before, after, Profile::painIntensity),
                change(before, after, Profile::painDurationWeeks),
                impact,
                priorities,
                change(before, after, Profile::leaning),
                new Change<>(sureScore(earlier), sureScore(later)),
                changedAnswers(earlier.answers(), later.answers()));
    }

    private static Integer sureScore(Session session) {
        SureAnswers sure = session.answers().sure();
        return sure.allAnswered() ? sure.score() : null;
    }

    private static <K, T> void put(Map<K, Change<T>> changes, K key, Change<T> change) {
        if (change.changed()) {
            changes.put(key, change);
        }
    }

    private static <T> Change<T> change(Profile before, Profile after, Function<Profile, T> answer) {
        return new Change<>(before == null ? null : answer.apply(before), after == null ? null : answer.apply(after));
    }

    private static List<String> changedAnswers(SessionAnswers before, SessionAnswers after) {
        List<String> changed = new ArrayList<>();
        Profile p = before.profile();
        Profile q = after.profile();
        note(changed, "site", change(p, q, Profile::site));
        note(changed, "side", change(p, q, Profile::side));
        note(changed, "painDurationWeeks", change(p, q, Profile::painDurationWeeks));
        note(changed, "painIntensity", change(p, q, Profile::painIntensity));
        note(changed, "impact", change(p, q, Profile::impact));
        note(changed, "onset", change(p, q, Profile::onset));
        note(changed, "diagnosis", change(p, q, Profile::diagnosis));
        note(changed, "imagingDone", change(p, q, Profile::imagingDone));
        note(changed, "redFlags", change(p, q, Profile::redFlags));
        note(changed, "priorTreatments", change(p, q, Profile::priorTreatments));
        note(changed, "priorities", change(p, q, Profile::priorities));
        note(changed, "country", change(p, q, Profile::country));
        note(changed, "insured", change(p, q, Profile::insured));
        note(changed, "budget", change(p, q, Profile::budget));
        note(changed, "willingToTravel", change(p, q, Profile::willingToTravel));
        note(changed, "leaning", change(p, q, Profile::leaning));
        note(changed, "sure", new Change<>(before.sure(), after.sure()));
        note(changed, "knowledgeCheck", new Change<>(before.knowledgeCheck(), after.knowledgeCheck()));
        note(changed, "comparedOptions", new Change<>(before.comparedOptions(), after.comparedOptions()));
        note(changed, "travel", new Change<>(before.travel(), after.travel()));
        note(changed, "expectedSessions", new Change<>(before.expectedSessions(), after.expectedSessions()));
        note(changed, "checklist", new Change<>(before.checklist(), after.checklist()));
        note(changed, "patientNotes", new Change<>(before.patientNotes(), after.patientNotes()));
        note(changed, "clinicianNotes", new Change<>(before.clinicianNotes(), after.clinicianNotes()));
        return changed;
    }

    private static void note(List<String> changed, String name, Change<?> change) {
        if (change.changed()) {
            changed.add(name);
        }
    }
}
