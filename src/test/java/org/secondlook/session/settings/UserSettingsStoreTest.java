package org.secondlook.session.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.session.settings.UserSettings.Theme;
import org.secondlook.session.settings.UserSettings.WindowBounds;
import org.secondlook.text.Language;
import java.util.Locale;

class UserSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsAreReadBackAfterClose() throws Exception {
        Path file = dir.resolve("sub/settings.json");
        UserSettings saved = new UserSettings(150, Theme.HIGH_CONTRAST, new WindowBounds(10, 20, 1024, 700, false),
                Language.SPANISH);
        try (UserSettingsStore store = new UserSettingsStore(file)) {
            store.save(UserSettings.defaults());
            store.save(saved);
        }
        assertEquals(saved, new UserSettingsStore(file).load());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void missingFileGivesDefaults() {
        assertEquals(UserSettings.defaults(), new UserSettingsStore(dir.resolve("none.json")).load());
    }

    @Test
    void damagedFileGivesDefaultsInsteadOfFailing() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"textSizePercent\": \"huge\"");
        assertEquals(UserSettings.defaults(), new UserSettingsStore(file).load());
    }

    @Test
    void unsupportedTextSizeFallsBackTo100() {
        assertEquals(100, new UserSettings(137, Theme.LIGHT, null, null).textSizePercent());
    }

    @Test
    void settingsFromBeforeTheLanguageChoiceFollowTheSystemLanguage() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"textSizePercent\": 150, \"theme\": \"LIGHT\"}");

        UserSettings loaded = new UserSettingsStore(file).load();

        assertEquals(150, loaded.textSizePercent());
        assertEquals(Locale.forLanguageTag("es-AR"), loaded.locale(Locale.forLanguageTag("es-AR")));
        assertEquals(Locale.forLanguageTag("en-US-u-cu-eur"), loaded.locale(Locale.GERMANY),
                "English, with euros as the reader's own money");
    }

    @Test
    void aLanguageThisVersionDoesNotKnowLeavesTheOtherSettings() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"textSizePercent\": 200, \"language\": \"KLINGON\"}");

        UserSettings loaded = new UserSettingsStore(file).load();

        assertEquals(200, loaded.textSizePercent());
        assertEquals(null, loaded.language());
    }

    @Test
    void aFieldOfTheWrongKindGivesDefaults() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, "{\"textSizePercent\": \"huge\", \"theme\": \"HIGH_CONTRAST\"}");
        assertEquals(UserSettings.defaults(), new UserSettingsStore(file).load());
    }

    @Test
    void fieldsANewerVersionAddedAreSkipped() throws Exception {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, """
                {"layout": {"panes": [1, {"x": 2}]}, "theme": "HIGH_CONTRAST", "window": {"x": 5, "y": 6.5,
                "width": 900, "height": 650, "maximized": true, "screen": "left"}, "sound": null}""");

        assertEquals(new UserSettings(100, Theme.HIGH_CONTRAST, new WindowBounds(5, 6.5, 900, 650, true), null),
                new UserSettingsStore(file).load());
    }

    @Test
    void aChosenLanguageWinsOverTheSystemsButKeepsItsCountryWhenTheySpeakTheSame() {
        UserSettings spanish = UserSettings.defaults().withLanguage(Language.SPANISH);

        assertEquals(Locale.forLanguageTag("es-MX-u-cu-usd"), spanish.locale(Locale.US));
        assertEquals(Locale.forLanguageTag("es-ES"), spanish.locale(Locale.forLanguageTag("es-ES")));
        assertEquals(Locale.forLanguageTag("en-US-u-cu-mxn"),
                spanish.withLanguage(Language.ENGLISH).locale(Locale.forLanguageTag("es-MX")),
                "a reader in Mexico keeps pesos as their own money in English");
    }
}
