package org.secondlook.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.secondlook.knowledge.ContentMetadata;
import org.secondlook.session.Mode;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.DisplayControls;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.steps.AboutContent;
import org.secondlook.ui.steps.WelcomeStep;
import org.secondlook.ui.wizard.WizardModel;
import org.secondlook.ui.wizard.WizardView;

/**
 * The first frame: the welcome page under the window's header, drawn from the content's metadata alone while the
 * content, the engine and the sessions load in the background. The language, the text size, the contrast and who is
 * using Second Look can be chosen at once; Next says it is getting ready until {@link #handOver} gives the window to
 * the whole wizard, with those choices.
 */
final class WelcomeWhileLoading {

    private final Stage stage;
    private final UserSettingsStore settingsStore;
    private final ContentMetadata metadata;
    private final boolean onClinicServer;
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private UserSettings settings;
    private Messages messages;
    private AboutContent about;
    private WizardView view;

    WelcomeWhileLoading(Stage stage, FirstPage page) {
        this.stage = stage;
        this.messages = page.messages();
        this.settingsStore = page.settingsStore();
        this.metadata = page.metadata();
        this.onClinicServer = page.onClinicServer();
        this.settings = page.settings();
        this.about = page.about();
        show();
        MainWindow.place(stage, settings.window());
    }

    private void show() {
        ObjectProperty<Language> language = new SimpleObjectProperty<>(Language.of(messages.locale()));
        // Later, so the control that was used is done with its event before the page is rebuilt around it.
        language.addListener((obs, was, chosen) -> Platform.runLater(() -> changeLanguage(chosen)));
        WelcomeStep welcome = WelcomeStep.whileContentLoads(messages, about, mode,
                language);
        if (onClinicServer) {
            welcome.savedOnClinicServer();
        }
        view = new WizardView(new WizardModel(List.of(welcome), List.of()), messages,
                MainWindow.headerBar(messages, new DisplayControls(messages, settings, this::changeDisplay, language)));
        MainWindow.showRoot(stage, view, settings, messages);
    }

    private void changeLanguage(Language chosen) {
        settings = settings.withLanguage(chosen);
        settingsStore.save(settings);
        messages = new Messages(settings.locale(Locale.getDefault()));
        about = AboutContent.of(metadata, messages.locale());
        show();
    }

    private void changeDisplay(UserSettings chosen) {
        settings = settings.withTextSize(chosen.textSizePercent()).withTheme(chosen.theme());
        Appearance.apply(stage.getScene(), settings);
        settingsStore.save(settings);
    }

    /** Gives the window to the whole wizard, in the language shown, with who is using it, where the person was. */
    MainWindow handOver(UiServices ready) {
        Node focused = stage.getScene().getFocusOwner();
        String focusedId = focused == null ? null : focused.getId();
        double scrolled = ((ScrollPane) view.getCenter()).getVvalue();
        MainWindow window = SecondLookUi.open(stage, ready.speaking(messages), settings);
        window.state().mode.set(mode.get());
        // After the next frame: the scene gives the focus to its first control once the focused node has left it.
        FirstFrame.whenDrawn(stage.getScene(), () -> {
            if (stage.getScene().getRoot() instanceof WizardView wizard && wizard.getCenter() instanceof ScrollPane page) {
                page.setVvalue(scrolled);
            }
            Node again = focusedId == null ? null : stage.getScene().lookup("#" + focusedId);
            if (again != null) {
                again.requestFocus();
            }
        });
        return window;
    }
}
