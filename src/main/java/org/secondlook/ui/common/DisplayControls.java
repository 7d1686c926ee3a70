package org.secondlook.ui.common;

import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.secondlook.session.settings.UserSettings;

/** Text size and high-contrast controls, shown in the header on every step. */
public final class DisplayControls extends HBox {

    public DisplayControls(Messages messages, UserSettings initial, Consumer<UserSettings> onChange) {
        ComboBox<Integer> size = new ComboBox<>();
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
                contrast.isSelected() ? UserSettings.Theme.HIGH_CONTRAST : UserSettings.Theme.LIGHT, null));
        size.valueProperty().addListener((obs, was, now) -> publish.run());
        contrast.selectedProperty().addListener((obs, was, now) -> publish.run());

        getChildren().addAll(sizeLabel, size, contrast);
        setAlignment(Pos.CENTER_RIGHT);
        getStyleClass().add("display-controls");
    }
}
