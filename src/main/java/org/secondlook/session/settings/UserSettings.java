package org.secondlook.session.settings;

/**
 * Display preferences remembered between runs.
 *
 * @param textSizePercent one of {@link #TEXT_SIZES}
 * @param theme           LIGHT or HIGH_CONTRAST
 * @param window          last window bounds, or null before the first run
 */
public record UserSettings(int textSizePercent, Theme theme, WindowBounds window) {

    public static final int[] TEXT_SIZES = {100, 125, 150, 200};

    public enum Theme { LIGHT, HIGH_CONTRAST }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static UserSettings defaults() {
        return new UserSettings(100, Theme.LIGHT, null);
    }

    public UserSettings {
        if (theme == null) {
            theme = Theme.LIGHT;
        }
        if (!isSupportedTextSize(textSizePercent)) {
            textSizePercent = 100;
        }
    }

    public static boolean isSupportedTextSize(int percent) {
        for (int size : TEXT_SIZES) {
            if (size == percent) {
                return true;
            }
        }
        return false;
    }

    public UserSettings withTextSize(int percent) {
        return new UserSettings(percent, theme, window);
    }

    public UserSettings withTheme(Theme newTheme) {
        return new UserSettings(textSizePercent, newTheme, window);
    }

    public UserSettings withWindow(WindowBounds bounds) {
        return new UserSettings(textSizePercent, theme, bounds);
    }
}
