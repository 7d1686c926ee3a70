package org.secondlook.ui.options;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.secondlook.advice.CostLine;
import org.secondlook.advice.FitNote;
import org.secondlook.advice.FitRelation;
import org.secondlook.advice.TriedBefore;
import org.secondlook.knowledge.Fact;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Money;
import org.secondlook.ui.common.Texts;

/**
 * One option in full, opened from its row in the overview: what it is, how sure we are, cost, recovery, what the
 * person tried, and how it fits what they said matters. The same fields in the same order for every option.
 */
public final class OptionCard extends VBox {

    public OptionCard(OptionView view, Messages messages, GlossaryText glossary) {
        Locale locale = messages.locale();
        getStyleClass().add("option-card");
        setId("card-" + view.id());
        Label name = Texts.heading(view.name(), 3);
        getChildren().add(name);
        if (view.advice().highlighted()) {
            Label fits = new Label(messages.get("card.highlighted"));
            fits.getStyleClass().add("highlight-tag");
            getChildren().add(fits);
            getStyleClass().add("highlighted");
        }
        getChildren().add(glossary.flow(firstSentence(view.option().whatItInvolves().text().in(locale))));
        if (view.evidence().benefit() != null) {
            Fact benefit = view.evidence().benefit();
            getChildren().add(Texts.paragraph(messages.get("card.found") + " " + firstSentence(benefit.text().in(locale))
                    + (benefit.unconfirmed() ? " " + messages.get("fact.unconfirmed") : "")));
        }
        FlowPane evidence = new FlowPane(new Label(messages.get("card.certainty")), new CertaintyBadge(view.advice().certainty().grade(), messages));
        evidence.getStyleClass().add("card-row");
        getChildren().add(evidence);
        getChildren().add(Texts.paragraph(messages.get("card.cost") + " " + costSummary(view, messages)));
        getChildren().add(Texts.paragraph(messages.get("card.recovery") + " " + orNotInSources(view.option().recovery(), messages)));
        for (TriedBefore tried : view.advice().alreadyTried()) {
            Label label = Texts.paragraph(messages.get("card.tried.symbol") + " " + tried.sentence());
            label.getStyleClass().add("tried-note");
            getChildren().add(label);
        }
        for (FitNote note : view.advice().fit()) {
            if (note.relation() == FitRelation.MATCHES || note.relation() == FitRelation.CONFLICTS) {
                Label label = Texts.paragraph(messages.of("fit.symbol", note.relation()) + " " + note.sentence());
                label.getStyleClass().add("fit-" + note.relation().name().toLowerCase(Locale.ROOT));
                getChildren().add(label);
            }
        }
        for (String note : view.advice().notes()) {
            getChildren().add(Texts.note(note));
        }
    }

    static String costSummary(OptionView view, Messages messages) {
        for (CostLine line : view.advice().cost().lines()) {
            String figures = Money.figures(line, messages);
            if (figures != null) {
                String trust = line.verified() ? "" : " " + messages.get("cost.unverified.short");
                return figures + " " + (line.per() == null ? "" : line.per()) + " (" + messages.of("region", line.region()) + ")" + trust;
            }
        }
        return messages.get("cost.none");
    }

    static String orNotInSources(Fact fact, Messages messages) {
        if (fact == null) {
            return messages.get("fact.notInSources");
        }
        String text = fact.text().in(messages.locale());
        return fact.unconfirmed() ? text + " " + messages.get("fact.unconfirmed") : text;
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
