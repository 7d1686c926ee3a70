package org.secondlook.bench;

import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.secondlook.ui.FirstFrame;

/**
 * The baseline for the start-up benchmark: an empty JavaFX window with one label, timed
 * with the same first-frame hook as {@code second-look --startup-probe} (JVM start to the first drawn frame).
 */
public final class EmptyWindowProbe {

    private EmptyWindowProbe() {
    }

    public static void main(String[] args) {
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
        Platform.startup(() -> {
            Stage stage = new Stage();
            Scene scene = new Scene(new StackPane(new Label("Empty window")), 1100, 760);
            stage.setScene(scene);
            FirstFrame.whenDrawn(scene, () -> {
                System.out.println("first-frame-ms=" + Duration.between(jvmStart, Instant.now()).toMillis());
                Platform.exit();
            });
            stage.show();
        });
    }
}
