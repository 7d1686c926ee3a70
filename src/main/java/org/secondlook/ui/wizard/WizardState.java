package org.secondlook.ui.wizard;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableSet;
import org.secondlook.advice.Advice;
import org.secondlook.advice.Budget;
import org.secondlook.advice.Country;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Priority;
import org.secondlook.advice.Profile;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SureAnswers;

/**
 * Every answer the steps share, as observable properties: the steps bind to it, the autosave
 * listens to it, and it converts to and from the stored {@link SessionAnswers}. Unanswered = null.
 */
public final class WizardState {

    public final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    /** Answers to the red-flag questions: flag to yes (true) or no (false); absent = not answered. */
    public final ObservableMap<RedFlag, Boolean> redFlags = FXCollections.observableMap(new EnumMap<>(RedFlag.class));
    public final BooleanProperty urgentAcknowledged = new SimpleBooleanProperty();

    public final ObjectProperty<Site> site = new SimpleObjectProperty<>();
    public final ObjectProperty<Side> side = new SimpleObjectProperty<>();
    /** How long the pain has lasted, in weeks; null until answered. */
    public final ObjectProperty<Integer> durationWeeks = new SimpleObjectProperty<>();
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

    public final ObservableList<String> comparedOptions = FXCollections.observableArrayList();
    public final ObservableSet<String> checklist = FXCollections.observableSet();
    public final ObservableMap<String, Boolean> knowledgeCheck = FXCollections.observableMap(new HashMap<>());
    public final ObjectProperty<SureAnswers> sure = new SimpleObjectProperty<>(SureAnswers.unanswered());
    public final StringProperty patientNotes = new SimpleStringProperty("");
    /** A name or alias for the session, shown in the history and on the printout; empty for none. */
    public final StringProperty label = new SimpleStringProperty("");
    public final ObservableMap<String, String> clinicianNotes = FXCollections.observableMap(new HashMap<>());
    public final StringProperty currentStep = new SimpleStringProperty(SessionAnswers.FIRST_STEP);

    /** The result last shown to the person (derived from the answers, kept so it can be stored as shown). */
    public final ObjectProperty<Advice> advice = new SimpleObjectProperty<>();

    /** Every property and collection, for listeners that react to any change (autosave). */
    public Observable[] all() {
        return new Observable[] {mode, redFlags, urgentAcknowledged, site, side, durationWeeks, intensity, impact,
                onset, diagnosis, imagingDone, tried, priorities, leaning, country, insured, budget, willingToTravel,
                comparedOptions, checklist, knowledgeCheck, sure, patientNotes, clinicianNotes, currentStep};
    }

    /**
     * Fills every answer from a stored session (resume, or start again from an old one). Steps the
     * person had passed count as answered: red flags not listed were answered no, and the pain
     * numbers stored were given.
     */
    public void load(SessionAnswers answers, List<String> stepOrder) {
        clear();
        mode.set(answers.mode());
        urgentAcknowledged.set(answers.urgentAcknowledged());
        int reached = stepOrder.indexOf(answers.currentStep());
        Profile profile = answers.profile();
        if (reached > stepOrder.indexOf("safety")) {
            for (RedFlag flag : RedFlag.values()) {
                redFlags.put(flag, profile != null && profile.redFlags().contains(flag));
            }
        }
        if (profile != null) {
            site.set(profile.site());
            side.set(profile.side());
            if (reached > stepOrder.indexOf("pain")) {
                durationWeeks.set(profile.painDurationWeeks());
                intensity.set(profile.painIntensity());
            }
            impact.putAll(profile.impact());
            onset.set(profile.onset());
            diagnosis.set(profile.diagnosis());
            imagingDone.set(profile.imagingDone());
            profile.priorTreatments().forEach(treatment -> tried.put(treatment.option(), treatment));
            priorities.putAll(profile.priorities());
            leaning.set(profile.leaning());
            country.set(profile.country());
            insured.set(profile.insured());
            budget.set(profile.budget());
            willingToTravel.set(profile.willingToTravel());
        }
        comparedOptions.setAll(answers.comparedOptions());
        checklist.addAll(answers.checklist());
        knowledgeCheck.putAll(answers.knowledgeCheck());
        sure.set(answers.sure());
        patientNotes.set(answers.patientNotes() == null ? "" : answers.patientNotes());
        clinicianNotes.putAll(answers.clinicianNotes());
        currentStep.set(answers.currentStep());
    }

    /** Empties every answer: a new person starts clean. */
    public void clear() {
        mode.set(null);
        redFlags.clear();
        urgentAcknowledged.set(false);
        site.set(null);
        side.set(null);
        durationWeeks.set(null);
        intensity.set(-1);
        impact.clear();
        onset.set(null);
        diagnosis.set(null);
        imagingDone.set(null);
        tried.clear();
        priorities.clear();
        leaning.set(null);
        country.set(null);
        insured.set(null);
        budget.set(null);
        willingToTravel.set(null);
        comparedOptions.clear();
        checklist.clear();
        knowledgeCheck.clear();
        sure.set(SureAnswers.unanswered());
        patientNotes.set("");
        label.set("");
        clinicianNotes.clear();
        currentStep.set(SessionAnswers.FIRST_STEP);
        advice.set(null);
    }

    public boolean anyRedFlag() {
        return redFlags.containsValue(Boolean.TRUE);
    }

    public List<RedFlag> redFlagsAnsweredYes() {
        return redFlags.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey).toList();
    }

    /** True once the answers the advice engine needs are all given. */
    public boolean profileComplete() {
        return site.get() != null && durationWeeks.get() != null && intensity.get() >= 0 && diagnosis.get() != null
                && diagnosis.get().appliesTo(site.get());
    }

    /** The engine's input; call only when {@link #profileComplete()}. */
    public Profile toProfile() {
        return profile(durationWeeks.get(), intensity.get());
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
                : profile(durationWeeks.get() == null ? 0 : durationWeeks.get(), Math.max(0, intensity.get()));
        return new SessionAnswers(partial, currentStep.get(), mode.get(), urgentAcknowledged.get(), sure.get(),
                Map.copyOf(knowledgeCheck), patientNotes.get(), Map.copyOf(clinicianNotes), Set.copyOf(checklist),
                List.copyOf(comparedOptions), null);
    }
}
