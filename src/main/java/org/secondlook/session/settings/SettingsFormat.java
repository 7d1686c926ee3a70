package org.secondlook.session.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.secondlook.session.settings.UserSettings.Theme;
import org.secondlook.session.settings.UserSettings.WindowBounds;
import org.secondlook.text.Language;

/**
 * Reads the settings file as {@link UserSettingsStore} writes it, with the streaming parser: unknown fields are
 * skipped, and a theme or language this version does not know is left unchosen (as a newer version may write one).
 */
final class SettingsFormat {

    private SettingsFormat() {
    }

    static UserSettings read(JsonParser json) throws IOException {
        expect(json, json.nextToken(), JsonToken.START_OBJECT);
        int textSize = 0;
        Theme theme = null;
        WindowBounds window = null;
        Language language = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "textSizePercent" -> textSize = json.getIntValue();
                case "theme" -> theme = value == JsonToken.VALUE_NULL ? null : named(Theme.class, json.getText());
                case "language" -> language = value == JsonToken.VALUE_NULL ? null : named(Language.class, json.getText());
                case "window" -> window = value == JsonToken.VALUE_NULL ? null : window(json);
                default -> json.skipChildren();
            }
        }
        return new UserSettings(textSize, theme, window, language);
    }

    private static WindowBounds window(JsonParser json) throws IOException {
        expect(json, json.currentToken(), JsonToken.START_OBJECT);
        double x = 0;
        double y = 0;
        double width = 0;
        double height = 0;
        boolean maximized = false;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "x" -> x = json.getDoubleValue();
                case "y" -> y = json.getDoubleValue();
                case "width" -> width = json.getDoubleValue();
                case "height" -> height = json.getDoubleValue();
                case "maximized" -> maximized = json.getBooleanValue();
                default -> json.skipChildren();
            }
        }
        return new WindowBounds(x, y, width, height, maximized);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static void expect(JsonParser json, JsonToken token, JsonToken expected) throws IOException {
        if (token != expected) {
            throw new IOException("expected " + expected + ", found " + token + " at " + json.currentLocation());
        }
    }
}
