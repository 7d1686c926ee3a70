package org.secondlook.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.secondlook.advice.ProfileRules;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettings.WindowBounds;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.DisplayControls;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.session.SessionActions;
import org.secondlook.ui.session.SessionKeeper;
import org.secondlook.ui.wizard.ClinicianNotes;
import org.secondlook.ui.wizard.WizardModel;
import org.secondlook.ui.wizard.WizardState;
import org.secondlook.ui.wizard.WizardView;

/** The Second Look window: header with display controls, and the wizard. */
public final class MainWindow {

    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 600;
    private static final double DEFAULT_WIDTH = 1100;
    private static final double DEFAULT_HEIGHT = 760;
    private static final List<String> ICON_SIZES = List.of("16", "32", "48", "64", "128", "256");

    private final Stage stage;
    private final WizardState state;
    private final WizardModel wizard;
    private final SessionActions sessions;
    private final UserSettingsStore settingsStore;
    private UserSettings settings;

    public MainWindow(Stage stage, UiServices services, WizardModel wizard, WizardState state, SessionKeeper keeper) {
        Messages messages = services.messages();
        this.stage = stage;
        this.state = state;
        this.wizard = wizard;
        this.settingsStore = services.settings();
        this.settings = settingsStore.load();

        Label appName = new Label(messages.get("app.name"));
        appName.getStyleClass().add("app-name");
        Label saveStatus = new Label();
        saveStatus.setId("save-status");
        saveStatus.getStyleClass().add("save-status");
        saveStatus.textProperty().bind(keeper.status());
        this.sessions = new SessionActions(services.sessions(), keeper, state, wizard, messages, stage,
                services.knowledge(), new ProfileRules(services.knowledge()));
        // A flow, so at large text sizes the controls wrap onto a second line instead of running off the window.
        FlowPane bar = new FlowPane(appName, saveStatus, sessions.controls(),
                new DisplayControls(messages, settings, this::changeDisplay));
        bar.getStyleClass().add("app-header");
        VBox header = new VBox(bar, urgentBanner(messages, state));

        WizardView view = new WizardView(wizard, messages, header);
        view.setPageFooter(step -> ClinicianNotes.under(step, state, messages));
        state.mode.addListener(obs -> view.refreshPage());
        Scene scene = new Scene(view);
        Appearance.apply(scene, settings);
        stage.setScene(scene);
        stage.setTitle(messages.get("app.title"));
        // The first frame does not show the icons; decoding them then would only compete with drawing it.
        FirstFrame.whenDrawn(scene, () -> ICON_SIZES.forEach(size -> stage.getIcons().add(
                new Image(MainWindow.class.getResource("/org/secondlook/ui/icon/icon-" + size + ".png").toExternalForm(), true))));
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        placeWindow(settings.window());
        stage.setOnShown(e -> sessions.checkAtStartup());
        stage.setOnHidden(e -> {
            rememberWindow();
            keeper.close();
            services.close();
        });
        stage.xProperty().addListener(obs -> rememberWindow());
        stage.yProperty().addListener(obs -> rememberWindow());
        stage.widthProperty().addListener(obs -> rememberWindow());
        stage.heightProperty().addListener(obs -> rememberWindow());
        stage.maximizedProperty().addListener(obs -> rememberWindow());
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
        return wizard;
    }

    public WizardState state() {
        return state;
    }

    public Stage stage() {
        return stage;
    }

    private void changeDisplay(UserSettings chosen) {
        settings = settings.withTextSize(chosen.textSizePercent()).withTheme(chosen.theme());
        Appearance.apply(stage.getScene(), settings);
        settingsStore.save(settings);
    }

    private void placeWindow(WindowBounds saved) {
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
