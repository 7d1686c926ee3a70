package org.secondlook.bench;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.secondlook.ui.FirstFrame;
import org.secondlook.ui.StartupProbe;

/**
 * The baseline for the start-up benchmark: an empty JavaFX window with one label, timed
 * with the same first-frame hook as {@code second-look --startup-probe} (process start to the first drawn frame).
 */
public final class EmptyWindowProbe {

    private EmptyWindowProbe() {
    }

    public static void main(String[] args) {
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("Empty window")), 1100, 760);
            stage.setScene(scene);
            FirstFrame.whenDrawn(scene, () -> {
                StartupProbe.printFirstFrame();
                Platform.exit();
            });
            stage.show();
        });
    }
}
