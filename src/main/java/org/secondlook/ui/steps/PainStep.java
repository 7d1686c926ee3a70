package org.secondlook.ui.steps;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.secondlook.advice.StepId;
import org.secondlook.advice.AdviceEngine;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.DurationReading;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Onset;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.ui.common.ChoiceGroup;
import org.secondlook.ui.common.MapEntryProperty;
import org.secondlook.ui.common.NumberFields;
import org.secondlook.ui.common.Ids;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;
import org.secondlook.ui.wizard.StepBase;
import org.secondlook.ui.wizard.WizardState;

/** Which side, for how long, how strongly, how it affects life, and how it started (where it hurts: the safety step). */
public final class PainStep extends StepBase {

    private final AdviceEngine engine;
    private final WizardState state;

    public PainStep(Messages messages, AdviceEngine engine, WizardState state) {
        super(StepId.PAIN, messages);
        this.engine = engine;
        this.state = state;
        blockWith(Bindings.createStringBinding(() -> {
            if (state.site.get() == null) {
                return messages.get("pain.blocker.site");
            }
            if (state.duration.get() == null) {
                return messages.get("pain.blocker.duration");
            }
            if (state.intensity.get() < 0) {
                return messages.get("pain.blocker.intensity");
            }
            return null;
        }, state.site, state.duration, state.intensity));
    }

    @Override
    protected Node build() {
        VBox page = new VBox(Texts.heading(messages.get("pain.title"), 1));
        page.getStyleClass().add("step-page");
        page.getChildren().add(ChoiceGroup.row(messages.get("pain.side"), List.of(Side.values()),
                side -> messages.of("side", side), state.side, "side"));
        page.getChildren().add(durationQuestion());
        page.getChildren().add(intensityQuestion());
        page.getChildren().add(Texts.heading(messages.get("pain.impact"), 3));
        for (LifeArea area : LifeArea.values()) {
            page.getChildren().add(ratingRow(messages.of("impact", area), MapEntryProperty.of(state.impact, area),
                    "impact-" + Ids.of(area), "impact.scale"));
        }
        page.getChildren().add(ChoiceGroup.column(messages.get("pain.onset"), List.of(Onset.values()),
                onset -> messages.of("onset", onset), state.onset, "onset"));
        return page;
    }

    private Node durationQuestion() {
        DurationAnswer given = state.duration.get();
        Spinner<Integer> amount = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                DurationAnswer.MAX_AMOUNT, given == null ? 1 : given.amount()));
        amount.setId("duration-amount");
        amount.setPrefWidth(6 * 16);
        amount.getStyleClass().add("number-spinner");
        NumberFields.commitAsTyped(amount);
        ObjectProperty<DurationAnswer.Unit> unit = new SimpleObjectProperty<>(given == null ? null : given.unit());
        Runnable update = () -> {
            if (unit.get() != null) {
                state.duration.set(new DurationAnswer(amount.getValue(), unit.get()));
            }
        };
        amount.valueProperty().addListener(obs -> update.run());
        unit.addListener(obs -> update.run());
        Label categories = Texts.note("");
        categories.setId("duration-categories");
        categories.textProperty().bind(Bindings.createStringBinding(() -> state.duration.get() == null
                || state.site.get() == null ? ""
                : describeDuration(state.duration.get().weeks()), state.duration, state.site));
        Node unitChoice = ChoiceGroup.row(null, List.of(DurationAnswer.Unit.values()),
                u -> messages.of("duration", u), unit, "duration-unit");
        Label question = Texts.heading(messages.get("pain.duration"), 3);
        question.setLabelFor(amount);
        HBox row = new HBox(amount, unitChoice);
        row.getStyleClass().add("inline-row");
        Label linesDiffer = Texts.note(messages.get("pain.duration.linesDiffer"));
        // Only back-pain guidelines draw these lines; for the knee the engine says so itself.
        linesDiffer.visibleProperty().bind(state.site.isEqualTo(Site.LOW_BACK));
        linesDiffer.managedProperty().bind(linesDiffer.visibleProperty());
        return new VBox(question, row, categories, linesDiffer);
    }

    private String describeDuration(int weeks) {
        return String.join("\n", engine.painDuration(weeks, state.site.get(), messages.locale()).byGuideline().stream()
                .map(DurationReading::sentence).toList());
    }

    private Node intensityQuestion() {
        Slider slider = new Slider(0, 10, Math.max(0, state.intensity.get()));
        slider.setId("intensity");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
        slider.setShowTickLabels(true);
        slider.setShowTickMarks(true);
        slider.setBlockIncrement(1);
        Label value = new Label();
        value.setId("intensity-value");
        value.getStyleClass().add("slider-value");
        Runnable show = () -> value.setText(state.intensity.get() < 0
                ? messages.get("pain.intensity.unset")
                : messages.format("pain.intensity.value", state.intensity.get()));
        slider.valueProperty().addListener((obs, was, now) -> state.intensity.set((int) Math.round(now.doubleValue())));
        // Moving the slider answers; so does clicking it, so a person who means 0 can say so without moving it.
        slider.setOnMousePressed(e -> state.intensity.set((int) Math.round(slider.getValue())));
        state.intensity.addListener(obs -> show.run());
        show.run();
        slider.accessibleTextProperty().bind(value.textProperty());
        Label question = Texts.heading(messages.get("pain.intensity"), 3);
        question.setLabelFor(slider);
        return new VBox(question, Texts.note(messages.get("pain.intensity.scale")), slider, value);
    }

    private Node ratingRow(String question, ObjectProperty<Integer> property, String id, String scaleKey) {
        return ChoiceGroup.row(question, List.of(0, 1, 2, 3, 4),
                rating -> messages.get(scaleKey + "." + rating), property, id);
    }
}
