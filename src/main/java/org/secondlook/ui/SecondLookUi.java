package org.secondlook.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Stage;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.steps.AboutContent;
import org.secondlook.ui.steps.WelcomeStep;
import org.secondlook.ui.wizard.GuidanceMode;
import org.secondlook.ui.wizard.WizardModel;

/** Starts the JavaFX toolkit and opens the Second Look window. */
public final class SecondLookUi {

    private SecondLookUi() {
    }

    /**
     * Opens the window on the wizard's first step. With {@code probeSince} set, prints
     * {@code first-frame-ms=N} (milliseconds since that instant) once the first frame is drawn, and exits.
     */
    public static void start(Messages messages, UserSettingsStore settings, AboutContent about, Instant probeSince) {
        Platform.startup(() -> {
            MainWindow window = open(new Stage(), messages, settings, about);
            if (probeSince != null) {
                FirstFrame.whenDrawn(window.stage().getScene(), () -> {
                    System.out.println("first-frame-ms=" + Duration.between(probeSince, Instant.now()).toMillis());
                    Platform.exit();
                });
            }
            window.stage().show();
        });
    }

    /** Builds the window on {@code stage} without showing it; tests call this directly. */
    public static MainWindow open(Stage stage, Messages messages, UserSettingsStore settings, AboutContent about) {
        ObjectProperty<GuidanceMode> mode = new SimpleObjectProperty<>();
        WizardModel wizard = new WizardModel(List.of(new WelcomeStep(messages, about, mode)));
        return new MainWindow(stage, messages, settings, wizard);
    }
}
