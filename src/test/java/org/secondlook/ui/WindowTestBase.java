package org.secondlook.ui;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The whole Second Look window, on the real content and a fresh data folder, opened anew for each
 * test. TestFX finds {@code @Start} only on the test class itself, so each subclass calls {@link #openWindow()} from its own.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowTestBase {

    @TempDir
    Path dir;
    Stage stage;
    MainWindow window;
    UiServices services;

    void openWindow() {
        stage = new Stage();
        services = TestContent.services(dir);
        window = SecondLookUi.open(stage, services);
        stage.setWidth(1280);
        stage.setHeight(900);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(stage::close);
    }
}
