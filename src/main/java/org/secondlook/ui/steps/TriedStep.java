package org.secondlook.ui.steps;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.Outcome;
import org.secondlook.advice.PriorTreatment;
import org.secondlook.advice.Site;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.TreatmentOption;
import org.secondlook.ui.common.Conditions;
import org.secondlook.ui.common.Converters;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/** The treatments already tried at this site, each with how it went and roughly for how long. */
public final class TriedStep extends StepBase {

    /** Rough lengths a person can pick, stored as a typical number of weeks. */
    enum HowLong {
        UNDER_A_MONTH(2), ONE_TO_THREE_MONTHS(8), THREE_TO_TWELVE_MONTHS(26), OVER_A_YEAR(52);

        final int weeks;

        HowLong(int weeks) {
            this.weeks = weeks;
        }

        static HowLong of(Integer weeks) {
            if (weeks == null) {
                return null;
            }
            for (HowLong value : values()) {
                if (value.weeks == weeks) {
                    return value;
                }
            }
            return weeks < 4 ? UNDER_A_MONTH : weeks < 13 ? ONE_TO_THREE_MONTHS : weeks < 52 ? THREE_TO_TWELVE_MONTHS : OVER_A_YEAR;
        }
    }

    private final KnowledgeBase knowledge;
    private final WizardState state;
    private Site builtFor;

    public TriedStep(Messages messages, KnowledgeBase knowledge, WizardState state) {
        super(StepId.TRIED, messages);
        this.knowledge = knowledge;
        this.state = state;
    }

    @Override
    public void onShow() {
        if (builtFor != state.site.get()) {
            state.tried.keySet().retainAll(Conditions.optionsAt(knowledge, state.site.get(), messages.locale())
                    .stream().map(TreatmentOption::id).toList());
            rebuild();
        }
    }

    @Override
    protected Node build() {
        builtFor = state.site.get();
        Locale locale = messages.locale();
        VBox list = new VBox();
        list.getStyleClass().add("tried-list");
        for (TreatmentOption option : Conditions.optionsAt(knowledge, builtFor, locale)) {
            list.getChildren().add(row(option, locale));
        }
        VBox page = new VBox(Texts.heading(messages.get("tried.title"), 1),
                Texts.paragraph(messages.get("tried.intro")), list);
        page.getStyleClass().add("step-page");
        return page;
    }

    private Node row(TreatmentOption option, Locale locale) {
        String name = option.name().in(locale);
        CheckBox tried = new CheckBox(name);
        tried.setId("tried-" + option.id());
        tried.setWrapText(true);
        ComboBox<Outcome> outcome = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(Outcome.values()));
        outcome.setId("outcome-" + option.id());
        outcome.setPromptText(messages.get("tried.outcome.prompt"));
        outcome.setConverter(Converters.showing(value -> messages.of("outcome", value)));
        outcome.setAccessibleText(messages.format("tried.outcome.accessible", name));
        ComboBox<HowLong> howLong = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(HowLong.values()));
        howLong.setId("howlong-" + option.id());
        howLong.setPromptText(messages.get("tried.howLong.prompt"));
        howLong.setConverter(Converters.showing(value -> messages.of("howLong", value)));
        howLong.setAccessibleText(messages.format("tried.howLong.accessible", name));

        PriorTreatment existing = state.tried.get(option.id());
        tried.setSelected(existing != null);
        if (existing != null) {
            outcome.setValue(existing.outcome());
            howLong.setValue(HowLong.of(existing.weeks()));
        }
        Label outcomeLabel = new Label(messages.get("tried.outcome"));
        outcomeLabel.setLabelFor(outcome);
        Label howLongLabel = new Label(messages.get("tried.howLong"));
        howLongLabel.setLabelFor(howLong);
        FlowPane details = new FlowPane(outcomeLabel, outcome, howLongLabel, howLong);
        details.getStyleClass().add("tried-details");
        details.visibleProperty().bind(tried.selectedProperty());
        details.managedProperty().bind(tried.selectedProperty());

        Runnable store = () -> {
            if (tried.isSelected() && outcome.getValue() != null) {
                HowLong length = howLong.getValue();
                state.tried.put(option.id(), new PriorTreatment(option.id(), outcome.getValue(), length == null ? null : length.weeks));
            } else {
                state.tried.remove(option.id());
            }
        };
        tried.selectedProperty().addListener(obs -> store.run());
        outcome.valueProperty().addListener(obs -> store.run());
        howLong.valueProperty().addListener(obs -> store.run());
        VBox row = new VBox(tried, details);
        row.getStyleClass().add("tried-row");
        return row;
    }
}
