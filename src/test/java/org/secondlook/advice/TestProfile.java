package org.secondlook.advice;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;

/** Builds profiles for tests: a plain person with chronic pain, changed one answer at a time. */
final class TestProfile {

    static final KnowledgeBase KB = load();

    private final Site site;
    private final Diagnosis diagnosis;
    private int weeks = 26;
    private final Set<RedFlag> redFlags = EnumSet.noneOf(RedFlag.class);
    private final List<PriorTreatment> tried = new ArrayList<>();
    private final Map<Priority, Integer> priorities = new EnumMap<>(Priority.class);
    private Country country = Country.US;
    private Boolean insured = true;
    private Budget budget = Budget.NOT_SURE;
    private Boolean willingToTravel;
    private String leaning;
    private Onset onset = Onset.GRADUAL;

    private TestProfile(Site site, Diagnosis diagnosis) {
        this.site = site;
        this.diagnosis = diagnosis;
    }

    static TestProfile of(Site site, Diagnosis diagnosis) {
        return new TestProfile(site, diagnosis);
    }

    static TestProfile back() {
        return of(Site.LOW_BACK, Diagnosis.NONSPECIFIC_LOW_BACK_PAIN);
    }

    static TestProfile knee() {
        return of(Site.KNEE, Diagnosis.KNEE_OSTEOARTHRITIS);
    }

    TestProfile weeks(int value) {
        weeks = value;
        return this;
    }

    TestProfile redFlag(RedFlag flag) {
        redFlags.add(flag);
        return this;
    }

    TestProfile tried(String option, Outcome outcome, Integer forWeeks) {
        tried.add(new PriorTreatment(option, outcome, forWeeks));
        return this;
    }

    TestProfile rate(Priority priority, int rating) {
        priorities.put(priority, rating);
        return this;
    }

    TestProfile country(Country value) {
        country = value;
        return this;
    }

    TestProfile insured(Boolean value) {
        insured = value;
        return this;
    }

    TestProfile budget(Budget value) {
        budget = value;
        return this;
    }

    TestProfile willingToTravel(Boolean value) {
        willingToTravel = value;
        return this;
    }

    TestProfile onset(Onset how) {
        onset = how;
        return this;
    }

    TestProfile leaning(String optionId) {
        leaning = optionId;
        return this;
    }

    Profile build() {
        return new Profile(site, Side.BOTH, weeks, 6, Map.of(LifeArea.SLEEP, 2), onset, diagnosis, false,
                redFlags, tried, priorities, country, insured, budget, willingToTravel, leaning);
    }

    private static KnowledgeBase load() {
        try {
            return KnowledgeLoader.loadBuiltIn();
        } catch (KnowledgeException e) {
            throw new IllegalStateException(e);
        }
    }
}
