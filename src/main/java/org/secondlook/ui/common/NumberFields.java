package org.secondlook.ui.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;

/** Number boxes that take what is typed at once, so Tab or a click elsewhere never loses it. */
public final class NumberFields {

    private NumberFields() {
    }

    /**
     * Makes {@code spinner} editable and sets its value from each whole number typed within its range; anything
     * else typed is put back to the current value when the box is left.
     */
    public static void commitAsTyped(Spinner<Integer> spinner) {
        spinner.setEditable(true);
        SpinnerValueFactory.IntegerSpinnerValueFactory range =
                (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        spinner.getEditor().textProperty().addListener((obs, was, now) -> {
            Integer typed = wholeNumber(now);
            if (typed != null && typed >= range.getMin() && typed <= range.getMax() && !typed.equals(spinner.getValue())) {
                range.setValue(typed);
            }
        });
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !String.valueOf(spinner.getValue()).equals(spinner.getEditor().getText())) {
                spinner.getEditor().setText(String.valueOf(spinner.getValue()));
            }
        });
    }

    private static Integer wholeNumber(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 9 || !trimmed.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(trimmed);
    }
}
