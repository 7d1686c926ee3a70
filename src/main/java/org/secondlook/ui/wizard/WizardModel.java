package org.secondlook.ui.wizard;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secondlook.advice.StepId;
import org.secondlook.ui.common.Derived;

/** The steps, which one is showing, and how far the person has got. */
public final class WizardModel {

    private final ObservableList<WizardStep> steps = FXCollections.observableArrayList();
    private final IntegerProperty current = new SimpleIntegerProperty(0);
    private final IntegerProperty furthest = new SimpleIntegerProperty(0);
    private final IntegerProperty reopened = new SimpleIntegerProperty(0);
    private final List<WizardStep> everyStep;
    private final ObjectProperty<WizardStep> currentStep = new SimpleObjectProperty<>();
    private final ObservableValue<String> blocker;
    private final BooleanBinding canGoBack = Derived.bool(() -> current.get() > 0, current);
    private final BooleanBinding canGoNext;

    /**
     * @param initialSteps the steps shown at first
     * @param optionalSteps steps that the flow may insert later (the urgent-care step)
     */
    public WizardModel(List<? extends WizardStep> initialSteps, List<? extends WizardStep> optionalSteps) {
        steps.setAll(initialSteps);
        everyStep = new ArrayList<>(initialSteps);
        everyStep.addAll(optionalSteps);
        currentStep.bind(Derived.object(
                () -> steps.isEmpty() ? null : steps.get(Math.min(current.get(), steps.size() - 1)), current, steps));
        blocker = currentStep.flatMap(WizardStep::blocker);
        canGoNext = Derived.bool(
                () -> blocker.getValue() == null && current.get() < steps.size() - 1, blocker, current, steps);
    }

    public ObservableList<WizardStep> steps() {
        return steps;
    }

    public ReadOnlyIntegerProperty currentIndex() {
        return current;
    }

    /** The furthest step the person has reached; steps up to it can be revisited directly. */
    public ReadOnlyIntegerProperty furthestIndex() {
        return furthest;
    }

    public ReadOnlyObjectProperty<WizardStep> currentStep() {
        return currentStep;
    }

    /** Why Next is disabled, or null. */
    public ObservableValue<String> blocker() {
        return blocker;
    }

    public BooleanBinding canGoBack() {
        return canGoBack;
    }

    public BooleanBinding canGoNext() {
        return canGoNext;
    }

    public void next() {
        if (canGoNext.get()) {
            current.set(current.get() + 1);
            furthest.set(Math.max(furthest.get(), current.get()));
        }
    }

    public void back() {
        if (canGoBack.get()) {
            goTo(current.get() - 1);
        }
    }

    /** Jumps to a step already reached; steps beyond it are reached only through Next. */
    public void goTo(int index) {
        if (index >= 0 && index < steps.size() && index <= furthest.get()) {
            current.set(index);
        }
    }

    /** Adds a step at {@code index}; steps after it are reached again only through it. */
    public void insertStep(int index, WizardStep step) {
        steps.add(index, step);
        if (current.get() >= index) {
            current.set(current.get() + 1);
        }
        if (furthest.get() >= index) {
            furthest.set(Math.max(current.get(), index - 1));
        }
    }

    /** Removes a step; the position of the person and how far they got stay on the same steps. */
    public void removeStep(WizardStep step) {
        int index = steps.indexOf(step);
        if (index < 0) {
            return;
        }
        if (furthest.get() >= index) {
            furthest.set(Math.max(0, furthest.get() - 1));
        }
        if (current.get() > index || current.get() == steps.size() - 1) {
            current.set(Math.max(0, current.get() - 1));
        }
        steps.remove(index);
    }

    /**
     * Shows another person's session (or a new one) on {@code step}: every page is built anew from their answers,
     * and every step before {@code step} counts as reached.
     */
    public void reopenAt(StepId step) {
        reopenAt(step, step);
    }

    /** Like {@link #reopenAt(StepId)}, with every step up to {@code reached} counting as reached. */
    public void reopenAt(StepId step, StepId reached) {
        everyStep.forEach(WizardStep::reset);
        List<StepId> ids = steps.stream().map(WizardStep::id).toList();
        int index = Math.max(0, ids.indexOf(step));
        furthest.set(Math.max(index, ids.indexOf(reached)));
        current.set(index);
        reopened.set(reopened.get() + 1);
    }

    /** Counts {@link #reopenAt} calls, so a view can show the new page even when the step stays the same. */
    public ReadOnlyIntegerProperty reopened() {
        return reopened;
    }

    /** Jumps to the step with this id if it exists and has been reached. */
    public void goTo(StepId stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                goTo(i);
                return;
            }
        }
    }
}
