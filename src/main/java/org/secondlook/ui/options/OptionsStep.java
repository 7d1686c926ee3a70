package org.secondlook.ui.options;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Advice;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.Decision;
import org.secondlook.advice.OptionAdvice;
import org.secondlook.advice.Profile;
import org.secondlook.knowledge.Category;
import org.secondlook.knowledge.Condition;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.session.Mode;
import org.secondlook.session.NoteKey;
import org.secondlook.ui.common.MapEntryProperty;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Sources;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/**
 * The options for the person's condition, grouped by what guidelines say, each as a card; and a
 * side-by-side comparison of the 2 to 4 the person picks. Filtering never hides an option silently.
 */
public final class OptionsStep extends StepBase {

    public static final int MAX_COMPARED = AdviceEngine.MAX_COMPARED;

    private final KnowledgeBase knowledge;
    private final WizardState state;
    private GlossaryText glossary;
    private final Map<String, OptionCard> cards = new LinkedHashMap<>();
    private final VBox comparisonArea = new VBox();
    /** Comparison cells and stem-cell panels already built for the advice on show, by option. */
    private final Map<String, Node> builtCells = new HashMap<>();
    private Profile shownFor;
    private Advice shownAdvice;
    /** True while the compare boxes are set to match the decision, so that does not count as the person's choice. */
    private boolean syncingBoxes;

    public OptionsStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.OPTIONS, messages);
        this.knowledge = knowledge;
        this.state = state;
        blockWith(Bindings.createStringBinding(() -> state.decision().get() == null ? messages.get("options.blocker") : null,
                state.decision()));
        comparisonArea.getStyleClass().add("comparison-area");
        state.decision().addListener((obs, was, now) -> {
            if (now != null && now.advice().equals(shownAdvice)) {
                refreshComparison();
            }
        });
    }

    @Override
    public void onShow() {
        Decision decision = state.decision().get();
        if (decision == null || !decision.advice().equals(shownAdvice)) {
            rebuild();
        }
    }

    @Override
    public void reset() {
        shownFor = null;
        shownAdvice = null;
        builtCells.clear();
        cards.clear();
        comparisonArea.getChildren().clear();
        super.reset();
    }

    @Override
    protected Node build() {
        Locale locale = messages.locale();
        Decision decision = state.decision().get();
        if (decision == null) {
            shownAdvice = null;
            return answersDoNotFit(state.decisionProblem().get());
        }
        Advice advice = decision.advice();
        Profile profile = state.toProfile();
        Profile previous = shownFor;
        shownFor = profile;
        shownAdvice = advice;
        if (glossary == null) {
            glossary = new GlossaryText(knowledge, messages);
        }
        builtCells.clear();
        Condition condition = knowledge.condition(advice.conditionId()).orElseThrow();

        VBox page = new VBox(Texts.heading(messages.format("options.title", advice.conditionName()), 1));
        page.getStyleClass().addAll("step-page", "options-page");
        if (previous != null) {
            Label changed = Texts.paragraph(messages.format("options.updated", ProfileChanges.describe(previous, profile, messages)));
            changed.setId("options-updated");
            changed.getStyleClass().add("notice");
            page.getChildren().add(changed);
        }
        page.getChildren().add(Texts.paragraph(messages.get("options.intro")));
        if (condition.naturalCourse() != null) {
            VBox natural = new VBox(Texts.heading(messages.get("options.natural"), 3),
                    glossary.flow(condition.naturalCourse().text().in(locale)),
                    Texts.note(Sources.cite(knowledge, condition.naturalCourse().sources(), messages)));
            natural.getStyleClass().add("info-box");
            page.getChildren().add(natural);
        }
        if (state.mode.get() == Mode.CLINICIAN) {
            ToggleButton presentation = new ToggleButton(messages.get("options.presentation"));
            presentation.setId("presentation");
            presentation.selectedProperty().addListener((obs, was, on) -> page.setStyle(on ? "-fx-font-size: 1.3em;" : ""));
            page.getChildren().add(presentation);
        }

        List<OptionView> views = advice.options().stream().map(this::view).toList();
        cards.clear();
        VBox groups = new VBox();
        groups.getStyleClass().add("option-groups");
        page.getChildren().add(groups);
        groups.getChildren().setAll(groups(views));

        page.getChildren().add(Texts.heading(messages.get("compare.title"), 2));
        page.getChildren().add(comparisonArea);
        refreshComparison();
        return page;
    }

    /** Answers kept from an older session or other content that no longer fit: say which, and how to fix it. */
    private Node answersDoNotFit(String problem) {
        Label message = Texts.paragraph(problem == null ? messages.get("options.answersIncomplete")
                : messages.format("options.answersDoNotFit", problem));
        message.setId("answers-do-not-fit");
        message.getStyleClass().add("notice");
        VBox page = new VBox(Texts.heading(messages.get("step.options"), 1), message);
        page.getStyleClass().add("step-page");
        return page;
    }

    private OptionView view(OptionAdvice advice) {
        return new OptionView(advice, knowledge.condition(shownAdvice.conditionId()).orElseThrow()
                .option(advice.id()).orElseThrow(), knowledge.option(advice.id()).orElseThrow());
    }

    /** Every option of the condition, by category: none is ever hidden, as the priorities step promises. */
    private List<Node> groups(List<OptionView> views) {
        List<Node> nodes = new ArrayList<>();
        for (Category category : Category.values()) {
            List<OptionView> inCategory = views.stream().filter(v -> v.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            FlowPane cardPane = new FlowPane();
            cardPane.getStyleClass().add("card-pane");
            for (OptionView view : inCategory) {
                cardPane.getChildren().add(card(view));
            }
            VBox group = new VBox(Texts.heading(messages.of("category", category), 2),
                    Texts.note(messages.of("category.explain", category)), cardPane);
            group.getStyleClass().add("option-group");
            group.setId("group-" + category.name().toLowerCase(Locale.ROOT));
            nodes.add(group);
        }
        return nodes;
    }

    private OptionCard card(OptionView view) {
        OptionCard card = new OptionCard(view, messages, glossary);
        CheckBox compare = card.compareBox();
        compare.setSelected(comparison().contains(view.id()));
        compare.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !compare.isSelected() && comparison().size() >= MAX_COMPARED, state.decision(),
                compare.selectedProperty()));
        compare.selectedProperty().addListener((obs, was, now) -> {
            if (syncingBoxes) {
                return;
            }
            List<String> picks = new ArrayList<>(comparison());
            if (now && !picks.contains(view.id())) {
                picks.add(view.id());
            } else if (!now) {
                picks.remove(view.id());
            }
            state.comparedOptions.setAll(picks);
        });
        cards.put(view.id(), card);
        return card;
    }

    private List<String> comparison() {
        Decision decision = state.decision().get();
        return decision == null ? List.of() : decision.comparison();
    }

    private void refreshComparison() {
        Decision decision = state.decision().get();
        if (decision == null || shownAdvice == null) {
            return;
        }
        List<OptionView> chosen = decision.compared().stream().map(this::view).toList();
        syncingBoxes = true;
        try {
            cards.forEach((id, card) -> card.compareBox().setSelected(decision.comparison().contains(id)));
        } finally {
            syncingBoxes = false;
        }
        if (chosen.size() < 2) {
            Label hint = Texts.paragraph(messages.format("compare.pick", MAX_COMPARED));
            hint.setId("compare-hint");
            comparisonArea.getChildren().setAll(hint);
            return;
        }
        ComparisonTable table = new ComparisonTable(chosen, messages, knowledge, glossary,
                state.mode.get() == Mode.CLINICIAN ? this::clinicianNote : null, builtCells);
        comparisonArea.getChildren().setAll(Texts.note(messages.format("compare.count", chosen.size(), MAX_COMPARED)), table);
        comparisonArea.getChildren().add(new CostEstimatePanel(chosen, messages, knowledge, state.travel,
                state.expectedSessions));
        chosen.stream().filter(OptionView::experimental)
                .forEach(view -> comparisonArea.getChildren().add(builtCells.computeIfAbsent("panel:" + view.id(),
                        id -> new StemCellPanel(view, knowledge, messages, state.checklist))));
    }

    private TextArea clinicianNote(OptionView view) {
        NoteKey key = NoteKey.option(view.id());
        TextArea note = new TextArea(state.clinicianNotes.getOrDefault(key, ""));
        note.setId("clinician-note-" + view.id());
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setAccessibleText(messages.format("compare.clinicianNote.accessible", view.name()));
        var entry = MapEntryProperty.of(state.clinicianNotes, key);
        note.textProperty().addListener((obs, was, now) -> entry.set(now.isBlank() ? null : now));
        return note;
    }
}
