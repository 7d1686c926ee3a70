package org.secondlook.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;

/** Factory for the text blocks every page uses, so headings and paragraphs look the same everywhere. */
public final class Texts {

    private Texts() {
    }

    /** A heading of the given level (1 = page title, 2 = section, 3 = sub-section). */
    public static Label heading(String text, int level) {
        Label label = new Label(text);
        label.getStyleClass().addAll("heading", "heading-" + level);
        label.setWrapText(true);
        label.setAccessibleRole(AccessibleRole.TEXT);
        return label;
    }

    /** A wrapping paragraph of body text. */
    public static Label paragraph(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("paragraph");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    /** Small secondary text, e.g. a source or a date. */
    public static Label note(String text) {
        Label label = paragraph(text);
        label.getStyleClass().add("note");
        return label;
    }
}
