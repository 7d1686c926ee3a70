package org.secondlook.ui.common;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.Property;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.text.Language;

/**
 * Language, text size and high-contrast controls, shown in the header on every step. The two short, fixed lists are
 * choice boxes: all a person needs, and much lighter to build than combo boxes, which matters on the first frame.
 */
public final class DisplayControls {

    private final List<Node> groups;

    public DisplayControls(Messages messages, UserSettings initial, Consumer<UserSettings> onChange,
            Property<Language> language) {
        ChoiceBox<Language> languages = new ChoiceBox<>();
        languages.setId("language");
        languages.getItems().setAll(Language.values());
        languages.setConverter(Converters.showing(Language::ownName));
        languages.setValue(language.getValue());
        languages.valueProperty().addListener((obs, was, chosen) -> language.setValue(chosen));
        Label languageLabel = new Label(messages.get("display.language"));
        languageLabel.setLabelFor(languages);
        languageLabel.setMnemonicParsing(true);

        ChoiceBox<Integer> size = new ChoiceBox<>();
        size.setId("text-size");
        size.getItems().setAll(IntStream.of(UserSettings.TEXT_SIZES).boxed().toList());
        size.setConverter(Converters.showing(percent -> messages.format("display.textSize.value", percent)));
        size.setValue(initial.textSizePercent());
        Label sizeLabel = new Label(messages.get("display.textSize"));
        sizeLabel.setLabelFor(size);
        sizeLabel.setMnemonicParsing(true);

        CheckBox contrast = new CheckBox(messages.get("display.highContrast"));
        contrast.setId("high-contrast");
        contrast.setMnemonicParsing(true);
        contrast.setSelected(initial.theme() == UserSettings.Theme.HIGH_CONTRAST);

        Runnable publish = () -> onChange.accept(new UserSettings(size.getValue(),
                contrast.isSelected() ? UserSettings.Theme.HIGH_CONTRAST : UserSettings.Theme.LIGHT, null, null));
        size.valueProperty().addListener((obs, was, now) -> publish.run());
        contrast.selectedProperty().addListener((obs, was, now) -> publish.run());

        groups = List.of(labelled(languageLabel, languages), labelled(sizeLabel, size), contrast);
    }

    /**
     * The controls, each with its label: the header's flow wraps between them, never inside one. (In one box they
     * made the header as wide as all of them, wider than the window at 200 % in an 800-pixel window.)
     */
    public List<Node> groups() {
        return groups;
    }

    private static HBox labelled(Label label, Node control) {
        HBox group = new HBox(label, control);
        group.setAlignment(Pos.CENTER_LEFT);
        group.getStyleClass().add("display-control");
        return group;
    }
}
