package org.secondlook.ui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Clicks a dialog's button once the dialog's window is really showing, not merely built. */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static void click(FxRobot robot, String id) {
        awaitShowing(robot, id);
        robot.clickOn(id);
    }

    /** Waits until the node with this id is visible in a showing window. */
    public static void awaitShowing(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery()
                    .filter(Node::isVisible)
                    .filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                            && node.getScene().getWindow().isShowing())
                    .isPresent());
        } catch (TimeoutException e) {
            throw new AssertionError("No showing dialog has " + id, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
