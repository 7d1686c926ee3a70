package org.secondlook.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.common.Messages;

/** The real built-in content and English texts, for UI tests. */
final class TestContent {

    static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    static final KnowledgeBase KNOWLEDGE = load();

    private TestContent() {
    }

    static UiServices services(Path settingsDir) {
        return new UiServices(MESSAGES, KNOWLEDGE, new UserSettingsStore(settingsDir.resolve("settings.json")));
    }

    private static KnowledgeBase load() {
        try {
            return KnowledgeLoader.loadBuiltIn();
        } catch (KnowledgeException e) {
            throw new IllegalStateException(e);
        }
    }
}
