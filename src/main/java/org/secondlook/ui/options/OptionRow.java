package org.secondlook.ui.options;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.secondlook.advice.FitRelation;
import org.secondlook.advice.TriedBefore;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * One option in the overview: compare box, name, certainty, typical cost, how it fits what the person rated, whether
 * they tried it; the full card opens under it on request. Every row has the same parts. Where the row is wide enough
 * for its text size they share one line, so the overview stays short; otherwise the marks go on a second line.
 */
final class OptionRow extends VBox {

    /** From this width, in the row's em, name, certainty, marks and "Details" fit side by side. */
    private static final double ONE_LINE_EM = 50;
    private static final PseudoClass ONE_LINE = PseudoClass.getPseudoClass("one-line");

    private final CheckBox compare;
    private final HBox first;
    private final HBox second;
    private final Label summary;
    private final ToggleButton more;

    OptionRow(OptionView view, Messages messages, GlossaryText glossary) {
        getStyleClass().add("option-row");
        setId("row-" + view.id());
        compare = new CheckBox();
        compare.setId("compare-" + view.id());
        compare.setAccessibleText(messages.format("card.compare.accessible", view.name()));
        Label name = new Label(view.name());
        name.getStyleClass().add("option-row-name");
        name.setWrapText(true);
        name.setLabelFor(compare);
        CertaintyBadge badge = new CertaintyBadge(view.advice().certainty().grade(), messages);
        // The badge wraps rather than widen the page at large text sizes; the name gets the room first.
        badge.setWrapText(true);
        first = new HBox(compare, name, badge);
        first.getStyleClass().add("option-row-line");
        HBox.setHgrow(name, Priority.ALWAYS);

        // One wrapping sentence of marks, so a narrow window or large text wraps it instead of widening the page.
        List<String> marks = new ArrayList<>();
        marks.add(messages.get("card.cost") + " " + OptionCard.costSummary(view, messages));
        long fits = view.advice().fit().stream().filter(n -> n.relation() == FitRelation.MATCHES).count();
        long clashes = view.advice().fit().stream().filter(n -> n.relation() == FitRelation.CONFLICTS).count();
        if (fits > 0) {
            marks.add(messages.format("row.fits", fits));
        }
        if (clashes > 0) {
            marks.add(messages.format("row.clashes", clashes));
        }
        summary = mark(String.join("  \u00b7  ", marks), clashes > 0 ? "fit-conflicts" : "row-summary");
        summary.setMaxWidth(Double.MAX_VALUE);
        more = new ToggleButton(messages.get("row.details"));
        more.setId("details-" + view.id());
        more.setAccessibleText(messages.format("row.details.accessible", view.name()));
        more.setMinWidth(Region.USE_PREF_SIZE);
        second = new HBox(summary, more);
        second.getStyleClass().add("option-row-line");
        HBox.setHgrow(summary, Priority.ALWAYS);
        VBox details = new VBox(second);
        details.getStyleClass().add("option-row-details");
        for (TriedBefore tried : view.advice().alreadyTried()) {
            details.getChildren().add(mark(messages.get("card.tried.symbol") + " " + tried.sentence(), "tried-note"));
        }
        getChildren().addAll(first, details);
        InvalidationListener fit = obs -> fitLines(name);
        widthProperty().addListener(fit);
        name.fontProperty().addListener(fit);
        more.selectedProperty().addListener((obs, was, open) -> {
            if (open) {
                getChildren().add(new OptionCard(view, messages, glossary));
            } else {
                getChildren().removeIf(OptionCard.class::isInstance);
            }
        });
    }

    private void fitLines(Label name) {
        boolean oneLine = getWidth() >= ONE_LINE_EM * name.getFont().getSize();
        if (oneLine == (summary.getParent() == first)) {
            return;
        }
        if (oneLine) {
            first.getChildren().addAll(summary, more);
        } else {
            second.getChildren().setAll(summary, more);
        }
        // On one line the parts line up in columns (see the stylesheet); name and marks wrap within theirs.
        pseudoClassStateChanged(ONE_LINE, oneLine);
        second.setVisible(!oneLine);
        second.setManaged(!oneLine);
    }

    CheckBox compareBox() {
        return compare;
    }

    private static Label mark(String text, String styleClass) {
        Label label = Texts.note(text);
        label.setWrapText(true);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
