package org.secondlook.ui.wizard;

import javafx.beans.InvalidationListener;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.secondlook.ui.common.Messages;

/**
 * The list of steps on the left: where am I, what is done, what is next. State is shown by a
 * symbol and in words for screen readers, never by colour alone. Reached steps can be clicked.
 */
public final class StepList extends VBox {

    private final WizardModel model;
    private final Messages messages;

    public StepList(WizardModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("step-list");
        setId("step-list");
        InvalidationListener refresh = obs -> rebuild();
        model.steps().addListener(refresh);
        model.currentIndex().addListener(refresh);
        model.furthestIndex().addListener(refresh);
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
            Button item = new Button(messages.get("steps.symbol." + state) + "  " + step.title());
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
    }
}
