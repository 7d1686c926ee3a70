package org.secondlook.ui.options;

import java.util.Locale;
import javafx.collections.ObservableSet;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.secondlook.advice.RegulatoryLine;
import org.secondlook.knowledge.IsscrQuestion;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.MarketingClaim;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Sources;
import org.secondlook.ui.common.Texts;

/**
 * For an experimental option: what the ads say next to what the studies show, the approval status
 * by country, and the stem-cell clinic checklist the person can tick and take along.
 */
public final class StemCellPanel extends VBox {

    public StemCellPanel(OptionView view, KnowledgeBase knowledge, Messages messages, ObservableSet<String> ticked) {
        Locale locale = messages.locale();
        getStyleClass().addAll("stem-cell-panel", "info-box");
        setId("experimental-" + view.id());
        getChildren().add(Texts.heading(messages.format("claims.title", view.name()), 2));
        GridPane claims = new GridPane();
        claims.getStyleClass().add("claims");
        claims.add(Texts.heading(messages.get("claims.ads"), 3), 0, 0);
        claims.add(Texts.heading(messages.get("claims.studies"), 3), 1, 0);
        int row = 1;
        for (MarketingClaim claim : view.advice().claims()) {
            claims.add(Texts.paragraph("\u201c" + claim.claim().in(locale) + "\u201d"), 0, row);
            VBox evidence = new VBox(
                    Texts.paragraph(messages.of("verdict", claim.verdict()) + " " + claim.evidence().text().in(locale)),
                    Texts.note(Sources.cite(knowledge, claim.evidence().sources(), messages)));
            claims.add(evidence, 1, row++);
        }
        if (row == 1) {
            claims.add(Texts.paragraph(messages.get("claims.none")), 0, 1, 2, 1);
        }
        getChildren().add(claims);

        getChildren().add(Texts.heading(messages.get("regulatory.title"), 3));
        for (RegulatoryLine line : view.advice().regulatory()) {
            getChildren().add(Texts.paragraph(messages.of("regulator", line.regulator()) + ": " + line.status()));
            getChildren().add(Texts.note(Sources.cite(knowledge, line.sources(), messages)));
        }

        if (view.advice().isscrQuestionsApply()) {
            getChildren().add(Texts.heading(messages.get("isscr.title"), 3));
            getChildren().add(Texts.paragraph(messages.get("isscr.intro")));
            for (IsscrQuestion question : knowledge.isscrQuestions()) {
                CheckBox box = new CheckBox(question.question().in(locale));
                box.setWrapText(true);
                box.setId("isscr-" + view.id() + "-" + question.id());
                String key = view.id() + ":" + question.id();
                box.setSelected(ticked.contains(key));
                box.selectedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        ticked.add(key);
                    } else {
                        ticked.remove(key);
                    }
                });
                getChildren().add(box);
            }
            getChildren().add(Texts.paragraph(knowledge.isscrAdvice().text().in(locale)));
            getChildren().add(Texts.note(Sources.cite(knowledge, knowledge.isscrAdvice().sources(), messages)));
        }
    }
}
