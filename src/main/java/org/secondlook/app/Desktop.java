package org.secondlook.app;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.secondlook.session.DataLocations;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.steps.AboutContent;

/** Composition root of the desktop app: builds the services and hands them to the window. */
final class Desktop {

    private Desktop() {
    }

    static void start(GuiOptions options) {
        Instant probeSince = options.startupProbe() ? jvmStart() : null;
        ConsoleQuiet.dropClassPathWarning();
        DataLocations locations = DataLocations.forCurrentUser();
        Messages messages = new Messages(Locale.getDefault());
        UserSettingsStore settings = new UserSettingsStore(locations.settingsFile());
        SecondLookUi.start(messages, settings, interimAbout(), probeSince);
    }

    private static AboutContent interimAbout() {
        return new AboutContent("interim", LocalDate.of(2026, 11, 23), LocalDate.of(2027, 11, 23),
                "interim", "interim", "interim");
    }

    private static Instant jvmStart() {
        return ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }
}
