package org.secondlook.ui.options;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
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

    private static final String PANEL = "panel:";

    private final KnowledgeBase knowledge;
    private final WizardState state;
    private GlossaryText glossary;
    private final Map<String, OptionRow> rows = new LinkedHashMap<>();
    private final ToggleButton compareView = new ToggleButton();
    private final VBox comparisonArea = new VBox();
    private final VBox overview = new VBox();
    /** Travel typed in the estimate changes every budget check; the costs are shown again once typing pauses. */
    private final PauseTransition travelSettles = new PauseTransition(Duration.millis(400));
    /** Comparison cells and stem-cell panels already built for the advice on show, by option. */
    private final Map<String, Node> builtCells = new HashMap<>();
    private Profile shownFor;
    private Advice shownAdvice;
    /** Whether the person last looked at the comparison rather than all options; kept while they change answers. */
    private boolean showComparison;
    /** True while the compare boxes are set to match the decision, so that does not count as the person's choice. */
    private boolean syncingBoxes;

    public OptionsStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.OPTIONS, messages);
        this.knowledge = knowledge;
        this.state = state;
        blockWith(Bindings.createStringBinding(() -> state.decision().get() == null ? messages.get("options.blocker") : null,
                state.decision()));
        comparisonArea.getStyleClass().add("comparison-area");
        comparisonArea.setId("comparison-area");
        state.decision().addListener((obs, was, now) -> {
            if (now != null && now.advice().equals(shownAdvice)) {
                refreshComparison();
            } else if (now != null && shownAdvice != null && state.toProfile().equals(shownFor)) {
                travelSettles.playFromStart();
            }
        });
        travelSettles.setOnFinished(e -> showNewCosts());
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
        showComparison = false;
        builtCells.clear();
        rows.clear();
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
        rows.clear();
        overview.getChildren().setAll(overviewGroups(views));
        overview.setId("options-overview");
        overview.getStyleClass().add("option-groups");
        page.getChildren().addAll(viewSwitch(views.size(), overview), overview, comparisonArea);
        refreshComparison();
        return page;
    }

    /**
     * All options, or the chosen ones side by side: one click apart, both always in the page so nothing the person
     * set in one is lost in the other.
     */
    private Node viewSwitch(int optionCount, Node overview) {
        ToggleGroup group = new ToggleGroup();
        ToggleButton all = new ToggleButton(messages.format("options.view.all", optionCount));
        all.setId("view-overview");
        compareView.setId("view-compare");
        all.setToggleGroup(group);
        compareView.setToggleGroup(group);
        (showComparison ? compareView : all).setSelected(true);
        // A toggle group lets both be off; one view is always shown.
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            }
        });
        overview.visibleProperty().bind(all.selectedProperty());
        overview.managedProperty().bind(overview.visibleProperty());
        comparisonArea.visibleProperty().bind(compareView.selectedProperty());
        comparisonArea.managedProperty().bind(comparisonArea.visibleProperty());
        compareView.selectedProperty().addListener((obs, was, on) -> showComparison = on);
        Label label = new Label(messages.get("options.view.label"));
        FlowPane bar = new FlowPane(label, all, compareView);
        bar.getStyleClass().add("view-switch");
        return bar;
    }

    private List<Node> overviewGroups(List<OptionView> views) {
        List<Node> nodes = new ArrayList<>();
        for (Category category : Category.values()) {
            List<OptionView> inCategory = views.stream().filter(v -> v.category() == category).toList();
            if (inCategory.isEmpty()) {
                continue;
            }
            VBox group = new VBox(Texts.heading(messages.of("category", category), 2),
                    Texts.note(messages.of("category.explain", category)));
            inCategory.forEach(view -> group.getChildren().add(row(view)));
            group.getStyleClass().add("option-group");
            group.setId("group-" + category.name().toLowerCase(Locale.ROOT));
            nodes.add(group);
        }
        return nodes;
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

    private OptionRow row(OptionView view) {
        OptionRow row = new OptionRow(view, messages, glossary);
        CheckBox compare = row.compareBox();
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
        rows.put(view.id(), row);
        return row;
    }

    private List<String> comparison() {
        Decision decision = state.decision().get();
        return decision == null ? List.of() : decision.comparison();
    }

    /**
     * Only the travel entered changed: every budget check did. The overview rows and the comparison's cells are made
     * again; the estimate, where the travel is typed, and the clinic checklists stay as they are, focus and all.
     */
    private void showNewCosts() {
        Decision decision = state.decision().get();
        if (decision == null || decision.advice().equals(shownAdvice) || !state.toProfile().equals(shownFor)) {
            return;
        }
        shownAdvice = decision.advice();
        builtCells.keySet().removeIf(key -> !key.startsWith(PANEL));
        rows.clear();
        overview.getChildren().setAll(overviewGroups(shownAdvice.options().stream().map(this::view).toList()));
        for (int i = 0; i < comparisonArea.getChildren().size(); i++) {
            if (comparisonArea.getChildren().get(i) instanceof ComparisonTable) {
                comparisonArea.getChildren().set(i, comparisonTable(decision.compared().stream().map(this::view).toList()));
            }
        }
    }

    private ComparisonTable comparisonTable(List<OptionView> chosen) {
        return new ComparisonTable(chosen, messages, knowledge, glossary,
                state.mode.get() == Mode.CLINICIAN ? this::clinicianNote : null, builtCells);
    }

    private void refreshComparison() {
        Decision decision = state.decision().get();
        if (decision == null || shownAdvice == null) {
            return;
        }
        List<OptionView> chosen = decision.compared().stream().map(this::view).toList();
        compareView.setText(messages.format("options.view.compare", chosen.size()));
        syncingBoxes = true;
        try {
            rows.forEach((id, row) -> row.compareBox().setSelected(decision.comparison().contains(id)));
        } finally {
            syncingBoxes = false;
        }
        if (chosen.size() < 2) {
            Label hint = Texts.paragraph(messages.format("compare.pick", MAX_COMPARED));
            hint.setId("compare-hint");
            comparisonArea.getChildren().setAll(hint);
            return;
        }
        ComparisonTable table = comparisonTable(chosen);
        comparisonArea.getChildren().setAll(Texts.note(messages.format("compare.count", chosen.size(), MAX_COMPARED)), table);
        comparisonArea.getChildren().add(new CostEstimatePanel(chosen, messages, knowledge, state.travel,
                state.expectedSessions));
        chosen.stream().filter(OptionView::experimental)
                .forEach(view -> comparisonArea.getChildren().add(builtCells.computeIfAbsent(PANEL + view.id(),
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
