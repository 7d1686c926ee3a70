package org.secondlook.ui.common;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.text.Font;
import org.secondlook.session.settings.UserSettings;

/**
 * Applies text size and theme to a scene. Every size in the stylesheets is in em, so setting the
 * root font size scales the whole interface.
 */
public final class Appearance {

    private static final String BASE = stylesheet("base.css");
    private static final String HIGH_CONTRAST = stylesheet("high-contrast.css");
    private static final double SYSTEM_FONT_PX = Font.getDefault().getSize();

    private Appearance() {
    }

    public static void apply(Scene scene, UserSettings settings) {
        double px = SYSTEM_FONT_PX * settings.textSizePercent() / 100.0;
        // At 100 % the root already has the system font's size; leaving the style out spares the first frame the CSS
        // parser, whose lexer alone takes some 30 ms in a cold start.
        scene.getRoot().setStyle(settings.textSizePercent() == 100 ? null
                : String.format(Locale.ROOT, "-fx-font-size: %.2fpx;", px));
        List<String> sheets = settings.theme() == UserSettings.Theme.HIGH_CONTRAST
                ? List.of(BASE, HIGH_CONTRAST) : List.of(BASE);
        // Replacing the same sheets would restyle an open pop-up (the text-size list, as the arrow keys move in it)
        // without them for a moment, and JavaFX logs every colour it then cannot resolve.
        if (!scene.getStylesheets().equals(sheets)) {
            scene.getStylesheets().setAll(sheets);
        }
    }

    private static String stylesheet(String name) {
        return Appearance.class.getResource("/org/secondlook/ui/theme/" + name).toExternalForm();
    }
}
