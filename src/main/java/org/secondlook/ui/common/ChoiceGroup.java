package org.secondlook.ui.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/**
 * A labelled set of radio buttons kept in step with a property: choosing a button sets the property,
 * and setting the property (e.g. when a session is resumed) selects the button.
 */
public final class ChoiceGroup<T> {

    private final VBox view;
    private final RadioButton first;

    private ChoiceGroup(String question, List<T> values, Function<T, String> label, Property<T> property,
            String idPrefix, boolean horizontal) {
        ToggleGroup group = new ToggleGroup();
        Pane buttons = horizontal ? new FlowPane() : new VBox();
        buttons.getStyleClass().add(horizontal ? "choice-row" : "choice-column");
        for (T value : values) {
            RadioButton button = new RadioButton(label.apply(value));
            button.setWrapText(true);
            button.setUserData(value);
            button.setToggleGroup(group);
            button.setId(idPrefix + "-" + Ids.of(value));
            buttons.getChildren().add(button);
        }
        first = (RadioButton) buttons.getChildren().get(0);
        property.subscribe(now -> {
            for (Toggle toggle : group.getToggles()) {
                toggle.setSelected(toggle.getUserData().equals(now));
            }
        });
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                T value = (T) now.getUserData();
                property.setValue(value);
            }
        });
        view = new VBox();
        view.getStyleClass().add("choice-group");
        if (question != null) {
            Label questionLabel = Texts.heading(question, 3);
            questionLabel.setLabelFor(first);
            view.getChildren().add(questionLabel);
        }
        view.getChildren().add(buttons);
    }

    /** Buttons one under the other. */
    public static <T> VBox column(String question, List<T> values, Function<T, String> label, Property<T> property,
            String idPrefix) {
        return new ChoiceGroup<>(question, values, label, property, idPrefix, false).view;
    }

    /** Buttons side by side, wrapping when the window is narrow or the text is large. */
    public static <T> VBox row(String question, List<T> values, Function<T, String> label, Property<T> property,
            String idPrefix) {
        return new ChoiceGroup<>(question, values, label, property, idPrefix, true).view;
    }
}
