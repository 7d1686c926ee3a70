package org.secondlook.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A fitted window opens at least as large as its content (or its readable minimum), on the screen, centred on its owner. */
@ExtendWith(ApplicationExtension.class)
class WindowFitTest {

    private static final double MIN_WIDTH_EM = 30;
    private static final double MIN_HEIGHT_EM = 20;

    private Stage owner;
    private Stage window;

    @Start
    void start(Stage unused) {
        // The windows are opened by each test.
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> List.of(window, owner).forEach(Stage::close));
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 200})
    void opensAtItsContentsSizeCentredOnItsOwner(int textSizePercent, FxRobot robot) {
        double em = Font.getDefault().getSize() * textSizePercent / 100.0;
        robot.interact(() -> {
            owner = new Stage();
            owner.setScene(new Scene(new StackPane(), 1000, 700));
            owner.setX(40);
            owner.setY(30);
            owner.show();
            window = new Stage();
            window.initOwner(owner);
            // Less content than the readable minimum, the case where a window used to open far too small.
            VBox root = new VBox(new Label("A short line."));
            root.getChildren().addAll(IntStream.range(0, 3).mapToObj(i -> new Label("Row " + i)).toList());
            root.setStyle("-fx-font-size: " + em + "px;");
            window.setScene(new Scene(root));
            WindowFit.toContent(window, MIN_WIDTH_EM, MIN_HEIGHT_EM);
            window.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Region root = (Region) window.getScene().getRoot();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double wantedWidth = Math.min(screen.getWidth() * 0.9, Math.max(MIN_WIDTH_EM * em, root.prefWidth(-1)));
        double wantedHeight = Math.min(screen.getHeight() * 0.9, Math.max(MIN_HEIGHT_EM * em, root.prefHeight(-1)));
        assertTrue(window.getScene().getWidth() >= wantedWidth - 1,
                "width " + window.getScene().getWidth() + " < " + wantedWidth + " at " + textSizePercent + " %");
        assertTrue(window.getScene().getHeight() >= wantedHeight - 1,
                "height " + window.getScene().getHeight() + " < " + wantedHeight + " at " + textSizePercent + " %");
        assertTrue(window.getX() >= screen.getMinX() && window.getX() + window.getWidth() <= screen.getMaxX() + 1,
                "on the screen sideways");
        assertTrue(window.getY() >= screen.getMinY() && window.getY() + window.getHeight() <= screen.getMaxY() + 1,
                "on the screen up and down");
        double ownerCentre = owner.getX() + owner.getWidth() / 2;
        double windowCentre = window.getX() + window.getWidth() / 2;
        if (window.getWidth() < screen.getWidth() * 0.9) {
            assertEquals(ownerCentre, windowCentre, 1, "centred on its owner");
        }
    }
}
