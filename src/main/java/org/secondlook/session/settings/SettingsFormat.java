package org.secondlook.session.settings;

import java.util.Map;
import org.secondlook.session.settings.UserSettings.Theme;
import org.secondlook.session.settings.UserSettings.WindowBounds;
import org.secondlook.text.Language;
import org.secondlook.text.SmallJson;

/**
 * Reads the settings file as {@link UserSettingsStore} writes it, without Jackson, since it is read before the first
 * frame: unknown fields are skipped, a theme or language this version does not know is left unchosen (a newer
 * version may write one), and a field of the wrong kind makes the whole file unreadable.
 */
final class SettingsFormat {

    private SettingsFormat() {
    }

    static UserSettings read(String json) {
        Map<String, Object> file = SmallJson.object(json);
        Map<String, Object> window = field(file, "window", Map.class);
        return new UserSettings(number(file, "textSizePercent").intValue(), named(Theme.class, field(file, "theme", String.class)),
                window == null ? null : new WindowBounds(number(window, "x"), number(window, "y"), number(window, "width"),
                        number(window, "height"), Boolean.TRUE.equals(field(window, "maximized", Boolean.class))),
                named(Language.class, field(file, "language", String.class)));
    }

    private static Double number(Map<String, Object> object, String name) {
        Double value = field(object, name, Double.class);
        return value == null ? 0 : value;
    }

    @SuppressWarnings("unchecked")
    private static <T> T field(Map<String, Object> object, String name, Class<? super T> kind) {
        Object value = object.get(name);
        if (value != null && !kind.isInstance(value)) {
            throw new IllegalArgumentException(name + " is not a " + kind.getSimpleName());
        }
        return (T) value;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
