package org.secondlook.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Saves what a scene shows as a PNG under target/screenshots, for people to look at after a test run. */
final class Screenshots {

    private static final Path DIR = Path.of("target", "screenshots");

    private Screenshots() {
    }

    static Path save(FxRobot robot, Scene scene, String name) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        return write(image[0], name);
    }

    /** The whole node, also the parts scrolled out of view. */
    static Path saveNode(FxRobot robot, javafx.scene.Node node, String name) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = node.snapshot(null, null));
        return write(image[0], name);
    }

    private static Path write(WritableImage snapshot, String name) {
        WritableImage[] image = {snapshot};
        BufferedImage png = new BufferedImage((int) image[0].getWidth(), (int) image[0].getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < png.getHeight(); y++) {
            for (int x = 0; x < png.getWidth(); x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(DIR);
            Path file = DIR.resolve(name + ".png");
            ImageIO.write(png, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
