package org.secondlook.ui;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs an action once a scene's first frame has been laid out and drawn. */
public final class FirstFrame {

    private FirstFrame() {
    }

    public static void whenDrawn(Scene scene, Runnable action) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater queues behind the rest of this pulse, which is where the frame is drawn.
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}
