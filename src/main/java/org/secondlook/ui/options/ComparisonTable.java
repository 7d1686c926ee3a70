package org.secondlook.ui.options;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import org.secondlook.advice.CostLine;
import org.secondlook.advice.RegulatoryLine;
import org.secondlook.knowledge.Fact;
import org.secondlook.knowledge.GuidelinePosition;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.MeanResult;
import org.secondlook.knowledge.OutOf100;
import org.secondlook.knowledge.OutcomeKind;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Money;
import org.secondlook.ui.common.Sources;
import org.secondlook.ui.common.Texts;

/**
 * Options side by side: the questions people ask as blocks, each with its question as a heading and one cell per
 * option under the option's name, so both stay in view however far the person scrolls. Columns follow the width:
 * as many as fit without breaking a word (at large text sizes or in a narrow window, fewer per line, down to one),
 * never a sideways scroll. Every cell is filled the same way, "not in our sources" where the content has nothing.
 */
public final class ComparisonTable extends VBox {

    /** The narrowest a column may be, in ems of the body text: room for two icon arrays and the longest words. */
    private static final double COLUMN_EMS = 20;

    private final Messages messages;
    private final KnowledgeBase knowledge;
    private final GlossaryText glossary;
    private final Locale locale;
    private final Map<String, Node> cells;
    private final List<GridPane> grids = new ArrayList<>();
    private final int optionCount;
    private Label bodyText;

    /**
     * @param clinicianNote for each option, a note field to show in clinician mode, or null for none
     * @param cells         cells built for earlier tables of the same advice, reused so switching options stays fast
     */
    private static final double HEADER_PERCENT = 20;
    private static final double MIN_COLUMN_EM = 14;

    public ComparisonTable(List<OptionView> options, Messages messages, KnowledgeBase knowledge, GlossaryText glossary,
            Function<OptionView, TextArea> clinicianNote, Map<String, Node> cells) {
        this.cells = cells;
        this.messages = messages;
        this.knowledge = knowledge;
        this.glossary = glossary;
        this.locale = messages.locale();
        this.optionCount = options.size();
        setId("comparison");
        getStyleClass().add("comparison");
        addBlock(null, options, view -> cells.computeIfAbsent(view.id() + "#0", key -> {
            Label name = Texts.heading(view.name(), 3);
            name.getStyleClass().add("comparison-option");
            return cell(name, new Label(messages.of("category", view.category())));
        }), false);
        addRow(1, "compare.row.what", options, this::what);
        addRow(2, "compare.row.works", options, this::works);
        addRow(3, "compare.row.harms", options, this::harms);
        addRow(4, "compare.row.sure", options, this::sure);
        addRow(5, "compare.row.time", options, this::time);
        addRow(6, "compare.row.cost", options, this::cost);
        addRow(7, "compare.row.approved", options, this::approved);
        addRow(8, "compare.row.ask", options, view -> list(view.advice().questions()));
        if (clinicianNote != null) {
            addRow(9, "compare.row.clinician", options, view -> cell(clinicianNote.apply(view)));
        }
        widthProperty().addListener((obs, was, now) -> layoutColumns());
        layoutColumns();
    }

    private void addRow(int row, String key, List<OptionView> options, Function<OptionView, Node> content) {
        Label question = Texts.heading(messages.get(key), 3);
        question.getStyleClass().add("comparison-question");
        addBlock(question, options, view -> cells.computeIfAbsent(view.id() + "#" + row, k -> content.apply(view)), true);
    }

    /** A question (or none, for the names at the top) and its cells, each under its option's name when asked. */
    private void addBlock(Label question, List<OptionView> options, Function<OptionView, Node> cellFor, boolean named) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("comparison-grid");
        for (OptionView view : options) {
            Node content = cellFor.apply(view);
            if (named) {
                Label name = new Label(view.name());
                name.getStyleClass().add("cell-option-name");
                name.setWrapText(true);
                if (bodyText == null) {
                    bodyText = name;
                }
                VBox holder = new VBox(name, content);
                holder.getStyleClass().add("comparison-cell-holder");
                grid.getChildren().add(holder);
            } else {
                grid.getChildren().add(content);
            }
        }
        grids.add(grid);
        VBox block = question == null ? new VBox(grid) : new VBox(question, grid);
        block.getStyleClass().add("comparison-block");
        getChildren().add(block);
    }

    /** Puts the cells in as many columns as fit, every block the same, so an option keeps its place down the page. */
    private void layoutColumns() {
        // An em of the body text, as the text-size setting makes it.
        double em = bodyText == null ? Font.getDefault().getSize() : bodyText.getFont().getSize();
        int columns = getWidth() <= 0 ? optionCount
                : (int) Math.max(1, Math.min(optionCount, Math.floor(getWidth() / (COLUMN_EMS * em))));
        for (GridPane grid : grids) {
            if (grid.getColumnConstraints().size() == columns) {
                continue;
            }
            List<ColumnConstraints> constraints = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                ColumnConstraints column = new ColumnConstraints();
                column.setPercentWidth(100.0 / columns);
                column.setHgrow(Priority.ALWAYS);
                constraints.add(column);
            }
            grid.getColumnConstraints().setAll(constraints);
            for (int i = 0; i < grid.getChildren().size(); i++) {
                GridPane.setConstraints(grid.getChildren().get(i), i % columns, i / columns);
            }
        }
    }

    private Node what(OptionView view) {
        return cell(glossary.flow(view.option().whatItInvolves().text().in(locale)),
                Texts.note(messages.of("invasiveness", view.option().invasiveness())));
    }

    private Node works(OptionView view) {
        VBox cell = (VBox) facts(view.evidence().benefit());
        List<OutOf100> numbers = view.evidence().outOf100().stream().filter(n -> n.outcome() != OutcomeKind.HARM).toList();
        numbers.forEach(n -> cell.getChildren().add(outOf100(n)));
        for (MeanResult result : view.evidence().meanResults()) {
            cell.getChildren().add(Texts.paragraph(MeanResults.describe(result, messages)));
        }
        if (numbers.isEmpty()) {
            cell.getChildren().add(Texts.note(messages.get("compare.noOutOf100")));
        }
        return cell;
    }

    private Node harms(OptionView view) {
        VBox cell = (VBox) facts(view.evidence().harms());
        view.evidence().outOf100().stream().filter(n -> n.outcome() == OutcomeKind.HARM)
                .forEach(n -> cell.getChildren().add(outOf100(n)));
        return cell;
    }

    private Node outOf100(OutOf100 numbers) {
        VBox box = new VBox(Texts.paragraph(numbers.label().in(locale) + " \u2013 " + numbers.population().in(locale)
                + ", " + numbers.timeFrame().in(locale)));
        FlowPane arrays = new FlowPane();
        arrays.getStyleClass().add("icon-arrays");
        arrays.getChildren().add(array(numbers.treated(), numbers.treatedGroup().in(locale)));
        if (numbers.comparison() != null) {
            arrays.getChildren().add(array(numbers.comparison(), numbers.comparisonGroup().in(locale)));
        }
        box.getChildren().addAll(arrays, Texts.note(Sources.cite(knowledge, numbers.sources(), messages)));
        box.getStyleClass().add("out-of-100");
        return box;
    }

    private Node array(double per100, String group) {
        String text = messages.format("compare.outOf100", MeanResults.number(per100, locale), group);
        IconArray icons = new IconArray(per100, text);
        Label caption = Texts.note(text);
        caption.getStyleClass().add("icon-caption");
        VBox box = new VBox(icons, caption);
        box.getStyleClass().add("icon-array-box");
        return box;
    }

    private Node sure(OptionView view) {
        var certainty = view.advice().certainty();
        Label reason = Texts.paragraph(certainty.reason());
        Label sources = Texts.note(Sources.cite(knowledge, certainty.sources(), messages));
        VBox why = new VBox(reason, sources);
        why.setVisible(false);
        why.managedProperty().bind(why.visibleProperty());
        ToggleButton toggle = new ToggleButton(messages.get("compare.why"));
        toggle.setId("why-" + view.id());
        toggle.getStyleClass().add("why-toggle");
        toggle.setWrapText(true);
        why.visibleProperty().bind(toggle.selectedProperty());
        return cell(new CertaintyBadge(certainty.grade(), messages), Texts.paragraph(certainty.wording()), toggle, why);
    }

    private Node time(OptionView view) {
        return cell(
                Texts.paragraph(messages.get("compare.soon") + " " + OptionCard.orNotInSources(view.option().timeToEffect(), messages)),
                Texts.paragraph(messages.get("compare.recovery") + " " + OptionCard.orNotInSources(view.option().recovery(), messages)),
                Texts.paragraph(messages.get("compare.sessions") + " " + OptionCard.orNotInSources(view.advice().sessions(), messages)));
    }

    private Node cost(OptionView view) {
        VBox cell = cell();
        List<CostLine> lines = view.advice().cost().lines();
        if (lines.isEmpty()) {
            cell.getChildren().add(Texts.paragraph(messages.get("cost.none")));
        }
        for (CostLine line : lines) {
            cell.getChildren().add(Texts.paragraph(Money.describe(line, messages)));
            if (line.insurance() != null) {
                cell.getChildren().add(Texts.note(messages.get("cost.insurance") + " " + line.insurance()));
            }
            cell.getChildren().add(Texts.note(Sources.cite(knowledge, line.sources(), messages)));
        }
        view.advice().cost().notes().forEach(note -> cell.getChildren().add(Texts.paragraph(note)));
        if (view.option().travelAbroadTypical()) {
            cell.getChildren().add(Texts.paragraph(messages.get("compare.travelAbroad")));
        }
        return cell;
    }

    private Node approved(OptionView view) {
        VBox cell = cell();
        for (RegulatoryLine line : view.advice().regulatory()) {
            cell.getChildren().add(Texts.paragraph(line.regulator() + ": " + line.status()));
        }
        for (GuidelinePosition position : view.evidence().guidelines()) {
            cell.getChildren().add(Texts.paragraph(position.body() + ": " + factText(position.says())));
            cell.getChildren().add(Texts.note(Sources.cite(knowledge, position.says().sources(), messages)));
        }
        if (cell.getChildren().isEmpty()) {
            cell.getChildren().add(Texts.paragraph(messages.get("fact.notInSources")));
        }
        return cell;
    }

    private Node facts(Fact fact) {
        if (fact == null) {
            return cell(Texts.paragraph(messages.get("fact.notInSources")));
        }
        return cell(glossary.flow(factText(fact)), Texts.note(Sources.cite(knowledge, fact.sources(), messages)));
    }

    private String factText(Fact fact) {
        String text = fact.text().in(locale);
        return fact.unconfirmed() ? text + " " + messages.get("fact.unconfirmed") : text;
    }

    private Node list(List<String> items) {
        VBox cell = cell();
        items.forEach(item -> cell.getChildren().add(Texts.paragraph("\u2022 " + item)));
        return cell;
    }

    private static VBox cell(Node... children) {
        VBox cell = new VBox(children);
        cell.getStyleClass().add("comparison-cell");
        return cell;
    }
}
