package org.secondlook.ui.common;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Opens a window at the size of its content: within the screen, never below a readable minimum.
 *
 * <p>Why it sizes twice: JavaFX 21 on Linux (JDK-8316423, fixed only in JavaFX 22) can lose the size a window asks for
 * before the window manager first maps it; the window then appears at 200 × 200 px while {@code getWidth()} still
 * reports the size asked for. Sizing the window to its scene once it is up takes effect. The minimum is set only then,
 * as setting it earlier fixes the window's size and the window no longer takes its scene's.
 */
public final class WindowFit {

    /** Leaves room for the window's frame and the desktop's panels. */
    private static final double SCREEN_SHARE = 0.9;

    private WindowFit() {
    }

    /**
     * Call before the window is first shown, once its scene has its stylesheets and text size. The scene must not
     * have a fixed size, so that the window takes the root's.
     */
    public static void toContent(Stage stage, double minWidthEm, double minHeightEm) {
        Region root = (Region) stage.getScene().getRoot();
        root.applyCss();
        double em = em(root);
        Rectangle2D screen = screenOf(stage.getOwner());
        double maxWidth = screen.getWidth() * SCREEN_SHARE;
        double maxHeight = screen.getHeight() * SCREEN_SHARE;
        double minWidth = Math.min(maxWidth, minWidthEm * em);
        double minHeight = Math.min(maxHeight, minHeightEm * em);
        double width = clamp(root.prefWidth(-1), minWidth, Math.min(maxWidth, root.maxWidth(-1)));
        // A scroll pane's content asks for its height without a width, so both questions are asked.
        double height = clamp(Math.max(root.prefHeight(-1), root.prefHeight(width)), minHeight, Math.min(maxHeight, root.maxHeight(width)));
        root.setPrefSize(width, height);
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(() -> {
            stage.sizeToScene();
            stage.setMinWidth(minWidth);
            stage.setMinHeight(minHeight);
            centre(stage, screen);
        }));
    }

    /** On its owner where there is one, kept on the screen. */
    private static void centre(Stage stage, Rectangle2D screen) {
        Window owner = stage.getOwner();
        if (owner == null) {
            stage.centerOnScreen();
            return;
        }
        double x = owner.getX() + (owner.getWidth() - stage.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - stage.getHeight()) / 2;
        stage.setX(clamp(x, screen.getMinX(), screen.getMaxX() - stage.getWidth()));
        stage.setY(clamp(y, screen.getMinY(), screen.getMaxY() - stage.getHeight()));
    }

    /** The body text's size: the smallest text in the window, as headings are larger. */
    private static double em(Region root) {
        return root.lookupAll(".label").stream()
                .filter(Labeled.class::isInstance)
                .mapToDouble(node -> ((Labeled) node).getFont().getSize())
                .min()
                .orElse(Font.getDefault().getSize());
    }

    private static Rectangle2D screenOf(Window owner) {
        if (owner != null) {
            var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), Math.max(1, owner.getWidth()),
                    Math.max(1, owner.getHeight()));
            if (!screens.isEmpty()) {
                return screens.getFirst().getVisualBounds();
            }
        }
        return Screen.getPrimary().getVisualBounds();
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
