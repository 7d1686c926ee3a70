package org.secondlook.ui.options;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.secondlook.advice.CostLine;
import org.secondlook.advice.OutOfPocket;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Money;
import org.secondlook.ui.common.NumberFields;
import org.secondlook.ui.common.Sources;
import org.secondlook.ui.common.Texts;

/**
 * Paying out of pocket: for each compared option with a price, the price times the number of
 * sessions the person expects, plus the travel they enter (flights, stay, a companion), as a range
 * with its source and whether the price was independently checked.
 */
public final class CostEstimatePanel extends VBox {


    private final Messages messages;
    private final ObjectProperty<OutOfPocket.Travel> travel;
    private final Map<String, Integer> sessionsByOption;

    /**
     * @param travel           the travel entered, kept by the caller so it survives switching options
     * @param sessionsByOption the sessions entered per option, kept likewise
     */
    public CostEstimatePanel(List<OptionView> options, Messages messages, KnowledgeBase knowledge,
            ObjectProperty<OutOfPocket.Travel> travel, Map<String, Integer> sessionsByOption) {
        this.messages = messages;
        this.travel = travel;
        this.sessionsByOption = sessionsByOption;
        setId("cost-estimate");
        getStyleClass().addAll("info-box", "cost-estimate");
        getChildren().addAll(Texts.heading(messages.get("estimate.title"), 2), Texts.paragraph(messages.get("estimate.intro")));
        TextField flights = dollars("estimate-flights", travel.get().flights());
        TextField stay = dollars("estimate-stay", travel.get().stay());
        TextField companion = dollars("estimate-companion", travel.get().companion());
        Runnable readTravel = () -> travel.set(new OutOfPocket.Travel(amount(flights), amount(stay), amount(companion)));
        List.of(flights, stay, companion).forEach(field -> field.textProperty().addListener(obs -> readTravel.run()));
        getChildren().add(new FlowPane(labelled("estimate.flights", flights), labelled("estimate.stay", stay),
                labelled("estimate.companion", companion)));
        for (OptionView view : options) {
            priced(view).ifPresent(line -> getChildren().add(optionRow(view, line, knowledge)));
        }
        if (options.stream().map(this::priced).noneMatch(Optional::isPresent)) {
            getChildren().add(Texts.paragraph(messages.get("estimate.noPrices")));
        }
    }

    private Optional<CostLine> priced(OptionView view) {
        return view.advice().cost().lines().stream().filter(line -> Money.figures(line, messages) != null).findFirst();
    }

    private VBox optionRow(OptionView view, CostLine line, KnowledgeBase knowledge) {
        Locale locale = messages.locale();
        Spinner<Integer> sessions = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, OutOfPocket.MAX_SESSIONS,
                sessionsByOption.getOrDefault(view.id(), 1)));
        sessions.setId("estimate-sessions-" + view.id());
        NumberFields.commitAsTyped(sessions);
        sessions.getStyleClass().add("number-spinner");
        Label sessionsLabel = new Label(messages.get("estimate.sessions"));
        sessionsLabel.setLabelFor(sessions);
        Label total = Texts.paragraph("");
        total.setId("estimate-total-" + view.id());
        total.getStyleClass().add("estimate-total");
        Runnable update = () -> total.setText(describe(OutOfPocket.estimate(line, sessions.getValue(), travel.get()).orElseThrow()));
        sessions.valueProperty().addListener(obs -> {
            sessionsByOption.put(view.id(), sessions.getValue());
            update.run();
        });
        travel.addListener(obs -> update.run());
        update.run();
        String usual = view.advice().sessions() == null ? messages.get("fact.notInSources")
                : view.advice().sessions().text().in(locale);
        VBox row = new VBox(Texts.heading(view.name(), 3),
                Texts.paragraph(Money.describe(line, messages)),
                Texts.note(Sources.cite(knowledge, line.sources(), messages)),
                inlineRow(sessionsLabel, sessions),
                wrapping(Texts.note(messages.format("estimate.usual", usual))),
                total);
        row.getStyleClass().add("estimate-row");
        return row;
    }

    private String describe(OutOfPocket estimate) {
        String low = org.secondlook.text.Money.amount(estimate.min(), estimate.currency(), messages);
        String high = org.secondlook.text.Money.amount(estimate.max(), estimate.currency(), messages);
        String range = estimate.min() == estimate.max() ? low : messages.format("money.range", low, high);
        String key = estimate.travelAdded() ? "estimate.total" : "estimate.totalNoTravel";
        return messages.format(key, range, estimate.sessions());
    }

    private static HBox inlineRow(javafx.scene.Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add("inline-row");
        return row;
    }

    private static Label wrapping(Label label) {
        label.setWrapText(true);
        return label;
    }

    private TextField dollars(String id, double value) {
        TextField field = new TextField(value == 0 ? "" : String.valueOf((long) value));
        field.setId(id);
        field.setPrefColumnCount(7);
        field.setPromptText("0");
        // Only whole dollars can be typed, so nothing the person enters is lost to a bad format.
        UnaryOperator<TextFormatter.Change> digitsOnly = change -> change.getControlNewText().matches("\\d{0,7}") ? change : null;
        field.setTextFormatter(new TextFormatter<>(digitsOnly));
        return field;
    }

    private VBox labelled(String key, TextField field) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(field);
        return new VBox(label, field);
    }

    private static double amount(TextField field) {
        return field.getText().isEmpty() ? 0 : Double.parseDouble(field.getText());
    }
}
