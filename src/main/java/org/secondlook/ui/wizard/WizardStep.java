package org.secondlook.ui.wizard;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.secondlook.advice.StepId;

/** One page of the wizard. */
public interface WizardStep {

    /** Which step this is, for notes and for resuming a session on the right step. */
    StepId id();

    /** Short title for the step list. */
    String title();

    /** The page; built once, on first use. */
    Node content();

    /**
     * Why the person cannot go on yet, in plain words, or null when the step is complete.
     * Next is disabled while this is non-null and the reason is shown beside it.
     */
    ObservableValue<String> blocker();

    /** Called each time the step is shown, so it can refresh from earlier answers. */
    default void onShow() {
    }

    /** Forgets the page built for the previous person; the next {@link #content()} builds it from the answers now. */
    void reset();
}
