package org.secondlook.ui.history;

import java.util.Map;
import java.util.function.Function;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.secondlook.session.SessionComparison;
import org.secondlook.session.SessionComparison.Change;
import org.secondlook.session.SessionSummary;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * Two sessions side by side: each answer as "before → after" and, in words, whether it changed; then the list of
 * every part of the session that differs. Two sessions under different names are cautioned against first. Changes are marked in bold as well as in words, never by colour alone.
 */
final class ComparisonPane extends VBox {

    private final Messages messages;
    private final SessionTexts texts;
    private final GridPane table = new GridPane();

    ComparisonPane(Messages messages, SessionTexts texts, SessionSummary earlier, SessionSummary later,
                   SessionComparison comparison) {
        this.messages = messages;
        this.texts = texts;
        getStyleClass().add("comparison");
        setId("comparison");
        table.getStyleClass().add("comparison-table");
        // The answer and its values wrap at large text sizes; "Changed" or "Same" always shows whole.
        ColumnConstraints answers = new ColumnConstraints();
        answers.setHgrow(Priority.SOMETIMES);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        ColumnConstraints verdicts = new ColumnConstraints();
        verdicts.setMinWidth(Region.USE_PREF_SIZE);
        table.getColumnConstraints().setAll(answers, values, verdicts);

        if (!earlier.sameNameAs(later)) {
            getChildren().add(differentPeople(texts.name(earlier), texts.name(later)));
        }
        getChildren().add(Texts.paragraph(messages.format("history.compare.between",
                texts.name(earlier), texts.date(earlier.createdAt()), texts.name(later), texts.date(later.createdAt()))));
        header();
        row("pain", messages.get("history.compare.pain"), comparison.painIntensity(), texts::pain);
        row("duration", messages.get("history.compare.duration"), comparison.painDurationWeeks(), texts::weeks);
        row("leaning", messages.get("history.compare.leaning"), comparison.leaning(), texts::leaning);
        row("sure", messages.get("history.compare.sure"), comparison.sureScore(), texts::sureScore);
        ratings("impact", "history.lifeArea", comparison.impact());
        ratings("priority", "history.priority", comparison.priorities());
        getChildren().add(table);

        getChildren().add(Texts.heading(messages.get("history.compare.whatChanged"), 3));
        if (comparison.changedAnswers().isEmpty()) {
            getChildren().add(Texts.paragraph(messages.get("history.compare.nothingChanged")));
        }
        for (String answer : comparison.changedAnswers()) {
            Label item = Texts.paragraph(messages.format("history.compare.changedItem",
                    messages.get("history.answer." + answer)));
            item.getStyleClass().add("changed-answer");
            getChildren().add(item);
        }
    }

    /** Said before anything is compared, in words and with a sign, never by colour alone. */
    private VBox differentPeople(String one, String other) {
        Label title = Texts.heading(messages.get("history.compare.differentPeople"), 3);
        Label detail = Texts.paragraph(messages.format("history.compare.differentPeople.detail", one, other));
        VBox caution = new VBox(title, detail);
        caution.setId("compare-different-people");
        caution.getStyleClass().add("notice");
        caution.setAccessibleRole(AccessibleRole.TEXT);
        caution.setAccessibleText(title.getText() + ". " + detail.getText());
        return caution;
    }

    private void header() {
        String[] titles = {messages.get("history.compare.answer"), messages.get("history.compare.beforeAfter"),
                messages.get("history.compare.changedOrSame")};
        for (int column = 0; column < titles.length; column++) {
            Label title = new Label(titles[column]);
            title.getStyleClass().add("comparison-header");
            title.setWrapText(true);
            table.add(title, column, 0);
        }
    }

    private <K extends Enum<K>> void ratings(String idPrefix, String namePrefix, Map<K, Change<Integer>> changes) {
        changes.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> row(idPrefix + "-" + entry.getKey().name(), messages.of(namePrefix, entry.getKey()),
                        entry.getValue(), texts::rating));
    }

    private <T> void row(String id, String answer, Change<T> change, Function<T, String> text) {
        int rowIndex = table.getRowCount();
        Label name = new Label(answer);
        Label values = new Label(messages.format("history.compare.arrow", text.apply(change.before()),
                text.apply(change.after())));
        values.setId("compare-" + id);
        Label verdict = new Label(change.changed()
                ? messages.get("history.compare.changed") : messages.get("history.compare.same"));
        verdict.setId("compare-" + id + "-verdict");
        verdict.getStyleClass().add(change.changed() ? "verdict-changed" : "verdict-same");
        values.setAccessibleText(messages.format("history.compare.rowAccessible", answer, values.getText(),
                verdict.getText()));
        name.setWrapText(true);
        values.setWrapText(true);
        table.addRow(rowIndex, name, values, verdict);
    }
}
