package org.secondlook.ui.wizard;

import java.util.List;
import javafx.collections.MapChangeListener;
import org.secondlook.advice.RedFlag;

/**
 * The order of the steps, including the branch for warning signs: the urgent-care step appears
 * right after the safety check while any warning sign is answered yes, and goes away when none is.
 */
public final class WizardFlow {

    private WizardFlow() {
    }

    /** Builds the model for {@code steps}, inserting {@code urgent} after {@code safety} when needed. */
    public static WizardModel create(List<WizardStep> steps, WizardStep safety, WizardStep urgent, WizardState state) {
        WizardModel model = new WizardModel(steps, List.of(urgent));
        Runnable placeUrgentStep = () -> {
            boolean shown = model.steps().contains(urgent);
            if (state.anyRedFlag() && !shown) {
                model.insertStep(model.steps().indexOf(safety) + 1, urgent);
            } else if (!state.anyRedFlag() && shown) {
                model.removeStep(urgent);
                state.urgentAcknowledged.set(false);
            }
        };
        state.redFlags.addListener((MapChangeListener<RedFlag, Boolean>) change -> placeUrgentStep.run());
        placeUrgentStep.run();
        model.currentStep().subscribe(step -> {
            if (step != null) {
                state.currentStep.set(step.id());
            }
        });
        return model;
    }
}
