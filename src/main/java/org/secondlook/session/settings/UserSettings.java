package org.secondlook.session.settings;

import java.util.Locale;
import org.secondlook.text.Language;

/**
 * Display preferences remembered between runs.
 *
 * @param textSizePercent one of {@link #TEXT_SIZES}
 * @param theme           LIGHT or HIGH_CONTRAST
 * @param window          last window bounds, or null before the first run
 * @param language        the language the person chose, or null to follow the system's
 */
public record UserSettings(int textSizePercent, Theme theme, WindowBounds window, Language language) {

    public static final int[] TEXT_SIZES = {100, 125, 150, 200};

    public enum Theme { LIGHT, HIGH_CONTRAST }

    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static UserSettings defaults() {
        return new UserSettings(100, Theme.LIGHT, null, null);
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

    /** The locale for the window's texts: the chosen language, or the system's when none was chosen. */
    public Locale locale(Locale system) {
        return (language == null ? Language.of(system) : language).locale(system);
    }

    public UserSettings withTextSize(int percent) {
        return new UserSettings(percent, theme, window, language);
    }

    public UserSettings withTheme(Theme newTheme) {
        return new UserSettings(textSizePercent, newTheme, window, language);
    }

    public UserSettings withWindow(WindowBounds bounds) {
        return new UserSettings(textSizePercent, theme, bounds, language);
    }

    public UserSettings withLanguage(Language chosen) {
        return new UserSettings(textSizePercent, theme, window, chosen);
    }
}
