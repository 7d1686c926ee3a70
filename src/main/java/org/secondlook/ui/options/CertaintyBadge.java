package org.secondlook.ui.options;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.secondlook.knowledge.Certainty;
import org.secondlook.ui.common.Ids;
import org.secondlook.ui.common.Messages;

/**
 * The evidence badge: the GRADE level as words and as a row of filled and empty marks, so it reads
 * the same in grey scale and to a screen reader. The GRADE wording shows on hover and on keyboard focus.
 */
public final class CertaintyBadge extends Label {

    public CertaintyBadge(Certainty certainty, Messages messages) {
        super(marks(certainty) + "  " + messages.of("certainty", certainty));
        getStyleClass().addAll("certainty-badge", "certainty-" + Ids.of(certainty));
        String wording = messages.of("certainty.wording", certainty);
        Tooltip tooltip = new Tooltip(wording);
        tooltip.setShowDelay(Duration.millis(300));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(400);
        setTooltip(tooltip);
        setFocusTraversable(true);
        setWrapText(true);
        setMinHeight(USE_PREF_SIZE);
        setAccessibleText(messages.of("certainty", certainty) + ". " + wording);
        focusedProperty().addListener((obs, was, focused) -> {
            if (focused && getScene() != null) {
                Bounds screen = localToScreen(getBoundsInLocal());
                tooltip.show(this, screen.getMinX(), screen.getMaxY() + 4);
            } else {
                tooltip.hide();
            }
        });
    }

    /** Four marks: as many filled as the GRADE level is high; none filled when there are no good trials. */
    static String marks(Certainty certainty) {
        int filled = switch (certainty) {
            case HIGH -> 4;
            case MODERATE -> 3;
            case LOW -> 2;
            case VERY_LOW -> 1;
            case NO_GOOD_TRIALS -> 0;
            case NOT_ASSESSED -> -1;
        };
        return filled < 0 ? "? ? ? ?" : "\u25a0".repeat(filled) + "\u25a1".repeat(4 - filled);
    }
}
