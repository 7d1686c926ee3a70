package org.secondlook.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.secondlook.advice.ProfileRules;
import org.secondlook.advice.StepId;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettings.WindowBounds;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.DisplayControls;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.session.SessionActions;
import org.secondlook.ui.wizard.ClinicianNotes;
import org.secondlook.ui.wizard.WizardModel;
import org.secondlook.ui.wizard.WizardState;
import org.secondlook.ui.wizard.WizardView;

/** The Second Look window: header with display and language controls, and the wizard. */
public final class MainWindow {

    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 600;
    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 760;
    private static final List<String> ICON_SIZES = List.of("16", "32", "48", "64", "128", "256");

    /** Builds the wizard's pages in the language of the messages; the language property is the choice shown on them. */
    @FunctionalInterface
    interface PageBuilder {
        WindowPages build(Messages messages, ObjectProperty<Language> language);
    }

    private final Stage stage;
    private final UiServices services;
    private final PageBuilder builder;
    private final UserSettingsStore settingsStore;
    private UserSettings settings;
    private WindowPages pages;
    private SessionActions sessions;

    /**
     * Builds the window on {@code stage}, or takes it over from the {@link WelcomeWhileLoading} page it shows.
     * {@code settings} are the display settings as they are now (a save may still be pending).
     */
    MainWindow(Stage stage, UiServices services, UserSettings settings, PageBuilder builder) {
        this.stage = stage;
        this.services = services;
        this.builder = builder;
        this.settingsStore = services.settings();
        this.settings = settings;
        show(build(services.messages()));
        // The first frame does not show the icons; decoding them then would only compete with drawing it.
        FirstFrame.whenDrawn(stage.getScene(), () -> ICON_SIZES.forEach(size -> stage.getIcons().add(
                new Image(MainWindow.class.getResource("/org/secondlook/ui/icon/icon-" + size + ".png").toExternalForm(), true))));
        if (stage.isShowing()) {
            sessions.checkAtStartup();
        } else {
            place(stage, settings.window());
            stage.setOnShown(e -> sessions.checkAtStartup());
        }
        stage.setOnHidden(e -> {
            rememberWindow();
            pages.keeper().close();
            services.close();
        });
        stage.xProperty().addListener(obs -> rememberWindow());
        stage.yProperty().addListener(obs -> rememberWindow());
        stage.widthProperty().addListener(obs -> rememberWindow());
        stage.heightProperty().addListener(obs -> rememberWindow());
        stage.maximizedProperty().addListener(obs -> rememberWindow());
    }

    /**
     * The pages in the language of {@code messages}, with their own language choice, so that the pages a switch
     * replaces leave nothing behind that still listens.
     */
    private WindowPages build(Messages messages) {
        ObjectProperty<Language> choice = new SimpleObjectProperty<>(Language.of(messages.locale()));
        // Later, so the control that was used is done with its event before the window is rebuilt around it.
        choice.addListener((obs, was, chosen) -> Platform.runLater(() -> changeLanguage(chosen)));
        return builder.build(messages, choice);
    }

    /** Puts {@code next} in the window: the header and the wizard in its language. */
    private void show(WindowPages next) {
        pages = next;
        Messages messages = next.messages();
        Label saveStatus = new Label();
        saveStatus.setId("save-status");
        saveStatus.getStyleClass().add("save-status");
        saveStatus.textProperty().bind(next.keeper().status());
        sessions = new SessionActions(services.sessions(), next.keeper(), next.state(), next.wizard(), messages, stage,
                services.knowledge(), new ProfileRules(services.knowledge(), messages.locale()));
        VBox header = new VBox(headerBar(messages,
                new DisplayControls(messages, settings, this::changeDisplay, next.language()), saveStatus,
                sessions.controls()),
                urgentBanner(messages, next.state()));

        WizardView view = new WizardView(next.wizard(), messages, header);
        view.setPageFooter(step -> ClinicianNotes.under(step, next.state(), messages));
        next.state().mode.addListener(obs -> view.refreshPage());
        showRoot(stage, view, settings, messages);
    }

    /**
     * The app's name, then {@code controls}, then the display controls; a flow, so at large text sizes they wrap
     * instead of running off.
     */
    static FlowPane headerBar(Messages messages, DisplayControls display, Node... controls) {
        Label appName = new Label(messages.get("app.name"));
        appName.getStyleClass().add("app-name");
        FlowPane bar = new FlowPane(appName);
        bar.getChildren().addAll(controls);
        bar.getChildren().addAll(display.groups());
        bar.getStyleClass().add("app-header");
        return bar;
    }

    /** Puts {@code root} in the window in the display settings and titles it. */
    static void showRoot(Stage stage, Parent root, UserSettings settings, Messages messages) {
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root));
            stage.setMinWidth(MIN_WIDTH);
            stage.setMinHeight(MIN_HEIGHT);
        } else {
            stage.getScene().setRoot(root);
        }
        Appearance.apply(stage.getScene(), settings);
        stage.setTitle(messages.get("app.title"));
    }

    /**
     * Rebuilds every page in the chosen language over the same answers, on the same step, with the same steps reached;
     * the answers go on being saved into the same session.
     */
    private void changeLanguage(Language chosen) {
        if (chosen == Language.of(pages.messages().locale())) {
            return;
        }
        settings = settings.withLanguage(chosen);
        settingsStore.save(settings);
        WindowPages before = pages;
        StepId at = before.state().currentStep.get();
        StepId reached = before.wizard().steps().get(before.wizard().furthestIndex().get()).id();
        WindowPages after = build(new Messages(settings.locale(Locale.getDefault())));
        after.keeper().takeOver(before.keeper(), () -> {
            after.state().takeAnswersOf(before.state());
            after.wizard().reopenAt(at, reached);
        });
        show(after);
    }

    /** Stays on every screen while any warning sign is answered yes. */
    private static Label urgentBanner(Messages messages, WizardState state) {
        Label banner = new Label(messages.get("urgent.banner"));
        banner.setId("urgent-banner");
        banner.getStyleClass().add("urgent-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        Runnable update = () -> {
            banner.setVisible(state.anyRedFlag());
            banner.setManaged(banner.isVisible());
        };
        state.redFlags.addListener((javafx.collections.MapChangeListener<Object, Object>) change -> update.run());
        update.run();
        return banner;
    }

    public SessionActions sessions() {
        return sessions;
    }

    public WizardModel wizard() {
        return pages.wizard();
    }

    public WizardState state() {
        return pages.state();
    }

    /** The language the window is in; setting it rebuilds the pages in that language. */
    public ObjectProperty<Language> language() {
        return pages.language();
    }

    public Stage stage() {
        return stage;
    }

    private void changeDisplay(UserSettings chosen) {
        settings = settings.withTextSize(chosen.textSizePercent()).withTheme(chosen.theme());
        Appearance.apply(stage.getScene(), settings);
        settingsStore.save(settings);
    }

    /** Where the window was last time, when that is still on a screen; else the default size, centred. */
    static void place(Stage stage, WindowBounds saved) {
        if (saved != null && isOnSomeScreen(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(Math.max(MIN_WIDTH, saved.width()));
            stage.setHeight(Math.max(MIN_HEIGHT, saved.height()));
            stage.setMaximized(saved.maximized());
            return;
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, screen.getWidth())));
        stage.setHeight(Math.max(MIN_HEIGHT, Math.min(DEFAULT_HEIGHT, screen.getHeight())));
        stage.centerOnScreen();
    }

    private static boolean isOnSomeScreen(WindowBounds bounds) {
        return !Screen.getScreensForRectangle(bounds.x(), bounds.y(), Math.max(1, bounds.width()), Math.max(1, bounds.height()))
                .isEmpty();
    }

    private void rememberWindow() {
        if (!stage.isShowing() || stage.isIconified()) {
            return;
        }
        WindowBounds bounds = stage.isMaximized() && settings.window() != null
                ? new WindowBounds(settings.window().x(), settings.window().y(), settings.window().width(),
                        settings.window().height(), true)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
        settings = settings.withWindow(bounds);
        settingsStore.save(settings);
    }
}
