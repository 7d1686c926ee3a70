package org.secondlook.ui.history;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.secondlook.advice.Diagnosis;
import org.secondlook.session.SessionQuery;
import org.secondlook.ui.common.Messages;

/**
 * Search by name, condition and the days a session was started; tells its listener when any of them changes. The
 * search shares its line with the screen's title; the condition and dates sit on a line of their own, which folds away
 * behind a button when the window is short, so the list keeps its room.
 */
final class HistoryFilters extends VBox {

    /** Wait this long after the last key press before searching, so typing a name runs one search, not one a key. */
    static final Duration SEARCH_DELAY = Duration.millis(250);

    /** One entry of the condition list; a null diagnosis is "any condition". */
    private record ConditionChoice(Diagnosis diagnosis) {
    }

    private final ZoneId zone;
    private final TextField search = new TextField();
    private final ComboBox<ConditionChoice> condition = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final ToggleButton more = new ToggleButton();
    /** Once the person has shown or hidden the condition and dates, the window's height no longer decides. */
    private boolean moreChosen;
    /** The letters that, with Alt, go to the condition and the dates. */
    private final List<String> hiddenShortcuts;
    private Runnable onChange = () -> { };

    /** @param title the screen's title, shown before the search */
    HistoryFilters(Messages messages, ZoneId zone, Node title) {
        this.zone = zone;
        getStyleClass().add("history-filters");

        search.setId("history-search");
        search.setPromptText(messages.get("history.search.prompt"));
        search.getStyleClass().add("history-search");
        searchDelay.setOnFinished(e -> onChange.run());
        search.textProperty().addListener((obs, was, now) -> searchDelay.playFromStart());

        condition.setId("history-condition");
        List<ConditionChoice> choices = new ArrayList<>();
        choices.add(new ConditionChoice(null));
        for (Diagnosis diagnosis : Diagnosis.values()) {
            choices.add(new ConditionChoice(diagnosis));
        }
        condition.getItems().setAll(choices);
        condition.setConverter(new StringConverter<>() {
            @Override
            public String toString(ConditionChoice choice) {
                if (choice == null || choice.diagnosis() == null) {
                    return messages.get("history.condition.any");
                }
                return messages.of("history.diagnosis", choice.diagnosis());
            }

            @Override
            public ConditionChoice fromString(String text) {
                return condition.getValue();
            }
        });
        condition.setValue(choices.get(0));
        condition.valueProperty().addListener((obs, was, now) -> onChange.run());

        from.setId("history-from");
        until.setId("history-until");
        for (DatePicker picker : List.of(from, until)) {
            picker.getStyleClass().add("history-date");
            picker.setPromptText(messages.get("history.date.prompt"));
            picker.valueProperty().addListener((obs, was, now) -> onChange.run());
        }

        more.setId("history-more-filters");
        more.setMnemonicParsing(true);
        more.setAccessibleHelp(messages.get("history.filters.more.help"));
        more.setOnAction(e -> moreChosen = true);
        more.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(inUse() ? "history.filters.more.inUse" : "history.filters.more"),
                condition.valueProperty(), from.valueProperty(), until.valueProperty()));

        FlowPane first = line(title, labelled(messages.get("history.search"), search), more);
        List<String> hidden = List.of(messages.get("history.condition"), messages.get("history.from"),
                messages.get("history.until"));
        hiddenShortcuts = hidden.stream().map(HistoryFilters::shortcut).toList();
        FlowPane second = line(labelled(hidden.get(0), condition), labelled(hidden.get(1), from),
                labelled(hidden.get(2), until));
        second.setId("history-condition-and-dates");
        second.visibleProperty().bind(more.selectedProperty());
        second.managedProperty().bind(more.selectedProperty());
        getChildren().addAll(first, second);
    }

    /**
     * Shows the condition and dates when there is room for them (or when one of them is in use), until the person
     * shows or hides them.
     */
    void showMoreWhen(boolean roomy) {
        if (!moreChosen) {
            more.setSelected(roomy || inUse());
        }
    }

    /**
     * Alt and the underlined letter of the condition or a date shows them first when they are folded away, so the
     * shortcut goes on to reach its field; give it every key pressed in the history.
     */
    void showMoreFor(KeyEvent key) {
        if (key.isAltDown() && !more.isSelected() && hiddenShortcuts.contains(key.getCode().getChar())) {
            moreChosen = true;
            more.setSelected(true);
        }
    }

    private static String shortcut(String labelText) {
        return labelText.substring(labelText.indexOf('_') + 1, labelText.indexOf('_') + 2).toUpperCase(Locale.ROOT);
    }

    private boolean inUse() {
        ConditionChoice choice = condition.getValue();
        return (choice != null && choice.diagnosis() != null) || from.getValue() != null || until.getValue() != null;
    }

    /** Called on the FX thread whenever the filters change (for the search box, once typing pauses). */
    void setOnChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The first page of sessions that match the filters, newest first. */
    SessionQuery query(int limit) {
        LocalDate first = from.getValue();
        LocalDate last = until.getValue();
        ConditionChoice choice = condition.getValue();
        return SessionQuery.newest(limit)
                .withLabelContains(search.getText())
                .withDiagnosis(choice == null ? null : choice.diagnosis())
                .createdBetween(first == null ? null : first.atStartOfDay(zone).toInstant(),
                        last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Clears the other filters and shows only sessions started on {@code day}, e.g. to find one just imported. */
    void showOnly(LocalDate day) {
        Runnable listener = onChange;
        onChange = () -> { };
        try {
            search.clear();
            searchDelay.stop();
            condition.setValue(condition.getItems().get(0));
            from.setValue(day);
            until.setValue(day);
            more.setSelected(true);
        } finally {
            onChange = listener;
        }
    }

    Node searchField() {
        return search;
    }

    private static FlowPane line(Node... children) {
        FlowPane line = new FlowPane(children);
        line.getStyleClass().add("history-filter-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private static Node labelled(String text, Node control) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(control);
        HBox pair = new HBox(label, control);
        pair.setAlignment(Pos.CENTER_LEFT);
        pair.getStyleClass().add("history-filter");
        return pair;
    }
}
