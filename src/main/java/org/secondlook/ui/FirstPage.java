package org.secondlook.ui;

import org.secondlook.knowledge.ContentMetadata;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.steps.AboutContent;

/**
 * What the first frame is drawn from, read while the JavaFX toolkit starts: the texts in the person's language, the
 * display settings, and the content's metadata for the welcome page with what the page says about it, or null for
 * both when the window waits for the whole content (edited content is checked in full before the window shows
 * anything of it).
 */
public record FirstPage(Messages messages, UserSettingsStore settingsStore, UserSettings settings, ContentMetadata metadata,
        AboutContent about, boolean onClinicServer) {

    /**
     * Also words what the welcome page says about the content, here rather than on the JavaFX thread: the first date
     * written in a language loads that language's calendar data, some 70 ms.
     */
    public static FirstPage of(Messages messages, UserSettingsStore settingsStore, UserSettings settings,
            ContentMetadata metadata, boolean onClinicServer) {
        return new FirstPage(messages, settingsStore, settings, metadata,
                metadata == null ? null : AboutContent.of(metadata, messages.locale()), onClinicServer);
    }
}
