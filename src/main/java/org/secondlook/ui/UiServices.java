package org.secondlook.ui;

import org.secondlook.advice.AdviceEngine;
import java.util.concurrent.CompletableFuture;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.session.Sessions;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.common.Messages;

/**
 * What the window needs from the rest of the app, built by the composition root. The sessions
 * store opens in the background (migrations, integrity check) while the window is already up.
 */
public record UiServices(Messages messages, KnowledgeBase knowledge, AdviceEngine engine, UserSettingsStore settings,
        CompletableFuture<Sessions> sessions) implements AutoCloseable {

    public UiServices(Messages messages, KnowledgeBase knowledge, UserSettingsStore settings,
            CompletableFuture<Sessions> sessions) {
        this(messages, knowledge, new AdviceEngine(knowledge), settings, sessions);
    }

    /** The same services with the window's texts in the language of {@code other}. */
    public UiServices speaking(Messages other) {
        return new UiServices(other, knowledge, engine, settings, sessions);
    }

    /** Closes the settings and the sessions store; call after the last write to them was queued. */
    @Override
    public void close() {
        settings.close();
        sessions.thenAccept(Sessions::close).exceptionally(notOpened -> null).join();
    }
}
