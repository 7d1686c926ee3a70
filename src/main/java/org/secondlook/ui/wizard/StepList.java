package org.secondlook.ui.wizard;

import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.secondlook.ui.common.Messages;

/**
 * The list of steps on the left: where am I, what is done, what is next. State is shown by a
 * symbol and in words for screen readers, never by colour alone. Reached steps can be clicked.
 * Without names (see {@link #namesShown()}) each step shows its symbol and number, its name in a tooltip; screen
 * readers hear the same full text either way.
 */
public final class StepList extends VBox {

    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final WizardModel model;
    private final Messages messages;
    private final BooleanProperty namesShown = new SimpleBooleanProperty(true);

    public StepList(WizardModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("step-list");
        setId("step-list");
        InvalidationListener refresh = obs -> rebuild();
        model.steps().addListener(refresh);
        model.currentIndex().addListener(refresh);
        model.furthestIndex().addListener(refresh);
        namesShown.addListener(refresh);
        rebuild();
    }

    private void rebuild() {
        getChildren().clear();
        int current = model.currentIndex().get();
        int furthest = model.furthestIndex().get();
        int total = model.steps().size();
        for (int i = 0; i < total; i++) {
            WizardStep step = model.steps().get(i);
            String state = i == current ? "current" : i <= furthest ? "done" : "todo";
            String symbol = messages.get("steps.symbol." + state);
            Button item = new Button(namesShown.get() ? symbol + "  " + step.title()
                    : messages.format("steps.numbered", symbol, i + 1));
            if (!namesShown.get()) {
                item.setTooltip(new Tooltip(step.title()));
            }
            item.getStyleClass().addAll("step-item", "step-" + state);
            item.setId("step-" + step.id().id());
            item.setMaxWidth(Double.MAX_VALUE);
            item.setWrapText(true);
            item.setAccessibleText(messages.format("steps.accessible", i + 1, total, step.title(),
                    messages.get("steps.state." + state)));
            item.setDisable(i > furthest);
            item.setFocusTraversable(i <= furthest);
            int index = i;
            item.setOnAction(e -> model.goTo(index));
            getChildren().add(item);
        }
        pseudoClassStateChanged(COMPACT, !namesShown.get());
    }

    /** True while the steps show their names; false for symbols and numbers only, in a narrow column. */
    public BooleanProperty namesShown() {
        return namesShown;
    }
}
