package org.secondlook.ui.options;

import javafx.scene.AccessibleRole;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * 100 people as a 10 by 10 grid; the affected ones filled, grouped from the top-left corner. Filled
 * versus outlined carries the meaning, so it reads in grey scale; the text equivalent is the
 * accessible text. Each person is a CSS-shaped region sized in em, so the array grows with the text size.
 */
public final class IconArray extends GridPane {

    public static final int PEOPLE = 100;

    private final int affected;

    public IconArray(double affectedPer100, String textEquivalent) {
        this.affected = (int) Math.round(affectedPer100);
        getStyleClass().add("icon-array");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(textEquivalent);
        for (int i = 0; i < PEOPLE; i++) {
            Region person = new Region();
            person.getStyleClass().addAll("icon-person", i < affected ? "affected" : "unaffected");
            add(person, i % 10, i / 10);
        }
    }

    public int affected() {
        return affected;
    }
}
