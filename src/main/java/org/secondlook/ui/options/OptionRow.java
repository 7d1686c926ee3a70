package org.secondlook.ui.options;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.secondlook.advice.FitRelation;
import org.secondlook.advice.TriedBefore;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * One option in the overview, on one or two lines: compare box, name, certainty, typical cost, how it fits what
 * the person rated, whether they tried it; the full card opens under it on request. Every row has the same parts.
 */
final class OptionRow extends VBox {

    private final CheckBox compare;

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
        FlowPane first = new FlowPane(compare, name, new CertaintyBadge(view.advice().certainty().grade(), messages));
        first.getStyleClass().add("option-row-line");

        FlowPane second = new FlowPane(Texts.note(messages.get("card.cost") + " " + OptionCard.costSummary(view, messages)));
        second.getStyleClass().addAll("option-row-line", "option-row-details");
        long fits = view.advice().fit().stream().filter(n -> n.relation() == FitRelation.MATCHES).count();
        long clashes = view.advice().fit().stream().filter(n -> n.relation() == FitRelation.CONFLICTS).count();
        if (fits > 0) {
            second.getChildren().add(mark(messages.format("row.fits", fits), "fit-matches"));
        }
        if (clashes > 0) {
            second.getChildren().add(mark(messages.format("row.clashes", clashes), "fit-conflicts"));
        }
        for (TriedBefore tried : view.advice().alreadyTried()) {
            second.getChildren().add(mark(messages.get("card.tried.symbol") + " " + tried.sentence(), "tried-note"));
        }
        ToggleButton details = new ToggleButton(messages.get("row.details"));
        details.setId("details-" + view.id());
        details.setAccessibleText(messages.format("row.details.accessible", view.name()));
        second.getChildren().add(details);
        getChildren().addAll(first, second);
        details.selectedProperty().addListener((obs, was, open) -> {
            if (open) {
                getChildren().add(new OptionCard(view, messages, glossary));
            } else {
                getChildren().removeIf(OptionCard.class::isInstance);
            }
        });
    }

    CheckBox compareBox() {
        return compare;
    }

    private static Label mark(String text, String styleClass) {
        Label label = Texts.note(text);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
