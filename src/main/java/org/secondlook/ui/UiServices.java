package org.secondlook.ui;

import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.common.Messages;

/** What the window needs from the rest of the app, built by the composition root. */
public record UiServices(Messages messages, KnowledgeBase knowledge, UserSettingsStore settings) {
}
