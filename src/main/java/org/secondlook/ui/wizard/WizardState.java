package org.secondlook.ui.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.advice.Decision;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.OutOfPocket;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.ProfileException;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.advice.StepId;
import org.secondlook.advice.SureAnswers;
import org.secondlook.session.Mode;
import org.secondlook.session.NoteKey;
import org.secondlook.session.PainAsGiven;
import org.secondlook.session.SessionAnswers;

/**
 * The wizard's view model of one person's {@link SessionAnswers}: the steps bind to its properties, the autosave
 * listens to it, and {@link #replaceWith} swaps in another person's answers all at once. The engine's
 * {@link Decision} is derived from it whenever an answer it depends on changes, so every view shows the same one.
 * Unanswered = null.
 */
public final class WizardState {

    public final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    /** Answers to the red-flag questions: flag to yes (true) or no (false); absent = not answered. */
    public final ObservableMap<RedFlag, Boolean> redFlags = FXCollections.observableMap(new EnumMap<>(RedFlag.class));
    public final BooleanProperty urgentAcknowledged = new SimpleBooleanProperty();

    public final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    public final ObjectProperty<Side> side = new SimpleObjectProperty<>();
    /** How long the pain has lasted, as the person gave it; null until answered. */
    public final ObjectProperty<DurationAnswer> duration = new SimpleObjectProperty<>();
    public final IntegerProperty intensity = new SimpleIntegerProperty(-1);
    public final ObservableMap<LifeArea, Integer> impact = FXCollections.observableMap(new EnumMap<>(LifeArea.class));
    public final ObjectProperty<Onset> onset = new SimpleObjectProperty<>();

    public final ObjectProperty<Diagnosis> diagnosis = new SimpleObjectProperty<>();
    public final ObjectProperty<Boolean> imagingDone = new SimpleObjectProperty<>();

    /** Treatments already tried, by option id, in the order ticked. */
    public final ObservableMap<String, PriorTreatment> tried = FXCollections.observableMap(new LinkedHashMap<>());

    public final ObservableMap<Priority, Integer> priorities = FXCollections.observableMap(new EnumMap<>(Priority.class));
    /** The option the person leans towards, or null for "not sure yet". */
    public final StringProperty leaning = new SimpleStringProperty();

    public final ObjectProperty<Country> country = new SimpleObjectProperty<>();
    public final ObjectProperty<Boolean> insured = new SimpleObjectProperty<>();
    public final ObjectProperty<Budget> budget = new SimpleObjectProperty<>();
    public final ObjectProperty<Boolean> willingToTravel = new SimpleObjectProperty<>();

    /** The options the person picked to compare; empty while they keep the engine's balanced default. */
    public final ObservableList<String> comparedOptions = FXCollections.observableArrayList();
    public final ObjectProperty<OutOfPocket.Travel> travel = new SimpleObjectProperty<>(OutOfPocket.Travel.NONE);
    public final ObservableMap<String, Integer> expectedSessions = FXCollections.observableMap(new HashMap<>());
    public final ObservableSet<String> checklist = FXCollections.observableSet();
    public final ObservableMap<String, Boolean> knowledgeCheck = FXCollections.observableMap(new HashMap<>());
    public final ObjectProperty<SureAnswers> sure = new SimpleObjectProperty<>(SureAnswers.unanswered());
    public final StringProperty patientNotes = new SimpleStringProperty("");
    /** A name or alias for the session, shown in the history and on the printout; empty for none. */
    public final StringProperty label = new SimpleStringProperty("");
    public final ObservableMap<NoteKey, String> clinicianNotes = FXCollections.observableMap(new HashMap<>());
    public final ObjectProperty<StepId> currentStep = new SimpleObjectProperty<>(StepId.FIRST);

    private final AdviceEngine engine;
    private final Locale locale;
    private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper decisionProblem = new ReadOnlyStringWrapper();
    private boolean replacing;

    public WizardState(AdviceEngine engine, Locale locale) {
        this.engine = engine;
        this.locale = locale;
        InvalidationListener decide = obs -> {
            if (!replacing) {
                refreshDecision();
            }
        };
        // Warning signs not asked for the new site are dropped, so a knee answer never counts for back pain.
        site.addListener((obs, was, now) -> {
            if (now != null) {
                List.copyOf(redFlags.keySet()).stream().filter(flag -> !flag.asksAbout(now)).forEach(redFlags::remove);
            }
        });
        for (Observable input : new Observable[] {redFlags, site, side, duration, intensity, impact, onset, diagnosis,
                imagingDone, tried, priorities, leaning, country, insured, budget, willingToTravel, comparedOptions, sure,
                travel}) {
            input.addListener(decide);
        }
    }

    /** Every answer, for listeners that react to any change (autosave). */
    public Observable[] all() {
        return new Observable[] {mode, redFlags, urgentAcknowledged, site, side, duration, intensity, impact,
                onset, diagnosis, imagingDone, tried, priorities, leaning, country, insured, budget, willingToTravel,
                comparedOptions, travel, expectedSessions, checklist, knowledgeCheck, sure, patientNotes,
                clinicianNotes, currentStep};
    }

    /** What the engine derived from the answers; null until the pain, diagnosis and site are answered consistently. */
    public ReadOnlyObjectProperty<Decision> decision() {
        return decision.getReadOnlyProperty();
    }

    /** Why there is no decision although the answers are complete (they no longer fit the content), or null. */
    public ReadOnlyStringProperty decisionProblem() {
        return decisionProblem.getReadOnlyProperty();
    }

    /**
     * Puts another person's answers (or a new person's empty ones) in place of these, all at once, and derives their
     * decision once. Red flags not listed count as answered no once the safety step was passed.
     */
    public void replaceWith(SessionAnswers answers, String sessionLabel) {
        replacing = true;
        try {
            fill(answers);
            label.set(sessionLabel == null ? "" : sessionLabel);
        } finally {
            replacing = false;
        }
        refreshDecision();
    }

    /**
     * Takes every answer of {@code other} exactly as it stands, given or not yet given (the window was rebuilt in
     * another language). Unlike {@link #replaceWith}, nothing goes through the stored form, so a half-answered safety
     * check or a pain step without a site yet is kept too.
     */
    public void takeAnswersOf(WizardState other) {
        Observable[] mine = all();
        Observable[] theirs = other.all();
        replacing = true;
        try {
            for (int i = 0; i < mine.length; i++) {
                copy(theirs[i], mine[i]);
            }
            label.set(other.label.get());
        } finally {
            replacing = false;
        }
        refreshDecision();
    }

    @SuppressWarnings("unchecked")
    private static void copy(Observable from, Observable to) {
        switch (from) {
            case Property<?> value -> ((Property<Object>) to).setValue(value.getValue());
            case ObservableMap<?, ?> map -> {
                ((ObservableMap<Object, Object>) to).clear();
                ((ObservableMap<Object, Object>) to).putAll(map);
            }
            case ObservableList<?> list -> ((ObservableList<Object>) to).setAll(list);
            case ObservableSet<?> set -> {
                ((ObservableSet<Object>) to).clear();
                ((ObservableSet<Object>) to).addAll(set);
            }
            default -> throw new IllegalStateException("an answer of an unknown kind: " + from);
        }
    }

    /** Empties every answer: a new person starts clean. */
    public void clear() {
        replaceWith(SessionAnswers.start(null), null);
    }

    private void fill(SessionAnswers answers) {
        StepId reached = answers.currentStep();
        Profile profile = answers.profile();
        redFlags.clear();
        if (reached.compareTo(StepId.SAFETY) > 0) {
            for (RedFlag flag : RedFlag.values()) {
                redFlags.put(flag, profile != null && profile.redFlags().contains(flag));
            }
        }
        mode.set(answers.mode());
        urgentAcknowledged.set(answers.urgentAcknowledged());
        site.set(profile == null ? null : profile.site());
        side.set(profile == null ? null : profile.side());
        duration.set(answers.duration());
        intensity.set(answers.intensity() == null ? -1 : answers.intensity());
        impact.clear();
        tried.clear();
        priorities.clear();
        if (profile != null) {
            impact.putAll(profile.impact());
            profile.priorTreatments().forEach(treatment -> tried.put(treatment.option(), treatment));
            priorities.putAll(profile.priorities());
        }
        onset.set(profile == null ? null : profile.onset());
        diagnosis.set(profile == null ? null : profile.diagnosis());
        imagingDone.set(profile == null ? null : profile.imagingDone());
        leaning.set(profile == null ? null : profile.leaning());
        country.set(profile == null ? null : profile.country());
        insured.set(profile == null ? null : profile.insured());
        budget.set(profile == null ? null : profile.budget());
        willingToTravel.set(profile == null ? null : profile.willingToTravel());
        comparedOptions.setAll(answers.comparedOptions());
        travel.set(answers.travel() == null ? OutOfPocket.Travel.NONE : answers.travel());
        expectedSessions.clear();
        expectedSessions.putAll(answers.expectedSessions());
        checklist.clear();
        checklist.addAll(answers.checklist());
        knowledgeCheck.clear();
        knowledgeCheck.putAll(answers.knowledgeCheck());
        sure.set(answers.sure());
        patientNotes.set(answers.patientNotes() == null ? "" : answers.patientNotes());
        clinicianNotes.clear();
        clinicianNotes.putAll(answers.clinicianNotes());
        currentStep.set(answers.currentStep());
    }

    private void refreshDecision() {
        if (!profileComplete()) {
            decision.set(null);
            decisionProblem.set(null);
            return;
        }
        try {
            decision.set(engine.decide(toProfile(), List.copyOf(comparedOptions), sure.get(), travel.get(),
                    locale));
            decisionProblem.set(null);
        } catch (ProfileException e) {
            decision.set(null);
            decisionProblem.set(e.getMessage());
        }
    }

    public boolean anyRedFlag() {
        return redFlags.containsValue(Boolean.TRUE);
    }

    public List<RedFlag> redFlagsAnsweredYes() {
        return redFlags.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** True once the answers the advice engine needs are all given. */
    public boolean profileComplete() {
        return site.get() != null && duration.get() != null && intensity.get() >= 0 && diagnosis.get() != null
                && diagnosis.get().appliesTo(site.get());
    }

    /** The engine's input; call only when {@link #profileComplete()}. */
    public Profile toProfile() {
        return profile(duration.get().weeks(), intensity.get());
    }

    private Profile profile(int weeks, int painIntensity) {
        return new Profile(site.get(), side.get(), weeks, painIntensity, Map.copyOf(impact), onset.get(), diagnosis.get(),
                imagingDone.get(), Set.copyOf(redFlagsAnsweredYes()), new ArrayList<>(tried.values()),
                Map.copyOf(priorities), country.get(), insured.get(), budget.get(), willingToTravel.get(), leaning.get());
    }

    /** What is stored for this session; the profile part holds whatever has been answered so far. */
    public SessionAnswers toSessionAnswers() {
        // Pain numbers not yet given are stored as 0; on resume they count only once the pain step was passed.
        Profile partial = site.get() == null ? null
                : profile(duration.get() == null ? 0 : duration.get().weeks(), Math.max(0, intensity.get()));
        OutOfPocket.Travel entered = OutOfPocket.Travel.NONE.equals(travel.get()) ? null : travel.get();
        PainAsGiven pain = new PainAsGiven(duration.get(), intensity.get() < 0 ? null : intensity.get());
        return new SessionAnswers(partial, pain, currentStep.get(), mode.get(), urgentAcknowledged.get(),
                sure.get(), Map.copyOf(knowledgeCheck), patientNotes.get(), Map.copyOf(clinicianNotes),
                Set.copyOf(checklist), List.copyOf(comparedOptions), entered, Map.copyOf(expectedSessions));
    }
}
