package org.secondlook.ui.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.ConditionIds;
import org.secondlook.advice.Priority;
import org.secondlook.knowledge.ConditionOption;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.Converters;
import org.secondlook.ui.common.MapEntryProperty;
import org.secondlook.ui.common.Ids;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/** What matters to the person, each rated 0-4, and where they lean now. */
public final class PrioritiesStep extends StepBase {

    /** The list entry for "not sure yet"; the leaning property holds null for it. */
    static final String UNSURE = "";

    private final KnowledgeBase knowledge;
    private final WizardState state;
    private String builtForCondition;

    public PrioritiesStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.PRIORITIES, messages);
        this.knowledge = knowledge;
        this.state = state;
        blockWith(Bindings.createStringBinding(() -> state.priorities.size() < Priority.values().length
                ? messages.format("priorities.blocker", Priority.values().length - state.priorities.size()) : null,
                state.priorities));
    }

    @Override
    public void onShow() {
        if (!ConditionIds.of(state.diagnosis.get(), state.site.get()).equals(builtForCondition)) {
            rebuild();
        }
    }

    @Override
    protected Node build() {
        builtForCondition = ConditionIds.of(state.diagnosis.get(), state.site.get());
        VBox page = new VBox(Texts.heading(messages.get("priorities.title"), 1),
                Texts.paragraph(messages.get("priorities.intro")));
        page.getStyleClass().add("step-page");
        for (Priority priority : Priority.values()) {
            page.getChildren().add(ChoiceGroup.row(messages.of("priority", priority), List.of(0, 1, 2, 3, 4),
                    rating -> messages.get("priority.scale." + rating), MapEntryProperty.of(state.priorities, priority),
                    "priority-" + Ids.of(priority)));
        }
        page.getChildren().add(leaningChoice());
        return page;
    }

    private Node leaningChoice() {
        Locale locale = messages.locale();
        List<String> ids = new ArrayList<>();
        ids.add(UNSURE);
        knowledge.optionsFor(builtForCondition).stream().map(ConditionOption::option).forEach(ids::add);
        if (state.leaning.get() != null && !ids.contains(state.leaning.get())) {
            state.leaning.set(null);
        }
        ComboBox<String> leaning = new ComboBox<>(FXCollections.observableArrayList(ids));
        leaning.setId("leaning");
        leaning.setConverter(Converters.showing(id -> id.equals(UNSURE)
                ? messages.get("leaning.unsure") : knowledge.option(id).orElseThrow().name().in(locale)));
        leaning.setValue(state.leaning.get() == null ? UNSURE : state.leaning.get());
        leaning.valueProperty().addListener((obs, was, now) -> state.leaning.set(UNSURE.equals(now) ? null : now));
        Label question = Texts.heading(messages.get("priorities.leaning"), 2);
        question.setLabelFor(leaning);
        return new VBox(question, Texts.note(messages.get("priorities.leaning.note")), leaning);
    }
}
