package org.secondlook.ui;

import org.secondlook.knowledge.ContentMetadata;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.common.Messages;

/**
 * What the first frame is drawn from, read while the JavaFX toolkit starts: the texts in the person's language, the
 * display settings, and the content's metadata for the welcome page, or null when the window waits for the whole
 * content (edited content is checked in full before the window shows anything of it).
 */
public record FirstPage(Messages messages, UserSettingsStore settingsStore, UserSettings settings, ContentMetadata metadata,
        boolean onClinicServer) {
}
