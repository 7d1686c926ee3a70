package org.secondlook.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.DamagedDatabaseException;
import org.secondlook.session.DataLocations;
import org.secondlook.session.SessionStore;
import org.secondlook.session.StoreException;
import org.secondlook.session.StoreFailures;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.StartupProblem;
import org.secondlook.ui.UiServices;
import org.secondlook.ui.common.Messages;

/** Composition root of the desktop app: builds the services and hands them to the window. */
final class Desktop {

    private Desktop() {
    }

    static void start(GuiOptions options) {
        Instant probeSince = options.startupProbe() ? jvmStart() : null;
        ConsoleQuiet.dropClassPathWarning();
        // Loading the content overlaps the JavaFX toolkit's start-up; the window waits for it.
        CompletableFuture<KnowledgeBase> knowledge = CompletableFuture.supplyAsync(() -> load(options));
        // The training run keeps its sessions and settings in a folder of its own, never the person's.
        DataLocations locations = options.aotTraining() ? AotTraining.throwAwayData() : DataLocations.forCurrentUser();
        UserSettingsStore settings = new UserSettingsStore(locations.settingsFile());
        Messages messages = new Messages(settings.load().locale(Locale.getDefault()));
        Path database = options.database() == null ? locations.databaseFile() : options.database();
        // The database opens (migrations, integrity check) once the first frame is up, so it does not slow the start;
        // the start-up probe exits at its first frame and never opens it.
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        CompletableFuture<SessionStore> sessions = firstFrame
                .thenApplyAsync(drawn -> open(database, options.database() == null ? locations : null))
                .exceptionallyCompose(failure -> recoverIfAgreed(failure, database, messages));
        Runnable afterFirstFrame = options.startupProbe() ? () -> firstFrame.cancel(false) : () -> firstFrame.complete(null);
        SecondLookUi.start(() -> new UiServices(messages, await(knowledge, messages), settings, sessions), probeSince,
                options.aotTraining() ? () -> AotTraining.answers(knowledge.join()) : null, afterFirstFrame);
    }

    /** @param defaultLocations the data folder to make owner-only when the default database is used, else null */
    private static SessionStore open(Path database, DataLocations defaultLocations) {
        if (defaultLocations != null) {
            try {
                defaultLocations.ensureDirectory();
            } catch (IOException e) {
                throw new StoreException(StoreFailures.plain(StoreFailures.phrase("do.prepareFolder",
                        defaultLocations.directory()), e), e);
            }
        }
        return SessionStore.open(database);
    }

    /** A damaged file is changed only after the person agreed; otherwise the window goes on without saving. */
    private static CompletableFuture<SessionStore> recoverIfAgreed(Throwable failure, Path database, Messages messages) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (!(cause instanceof DamagedDatabaseException damaged)) {
            return CompletableFuture.failedFuture(cause);
        }
        return SecondLookUi.askToRecover(messages, damaged).thenApplyAsync(agreed -> {
            if (!agreed) {
                throw damaged;
            }
            return SessionStore.openRecovering(database, Clock.systemDefaultZone());
        });
    }

    private static KnowledgeBase await(CompletableFuture<KnowledgeBase> knowledge, Messages messages) {
        try {
            return knowledge.join();
        } catch (CompletionException e) {
            throw new StartupProblem(messages.get("problem.content.title"), e.getCause().getMessage());
        }
    }

    private static KnowledgeBase load(GuiOptions options) {
        try {
            return options.knowledgeDir() == null
                    ? KnowledgeLoader.loadBuiltIn()
                    : KnowledgeLoader.loadFrom(options.knowledgeDir());
        } catch (KnowledgeException e) {
            throw new CompletionException(e);
        }
    }

    private static Instant jvmStart() {
        return ProcessHandle.current().info().startInstant().orElseGet(Instant::now);
    }
}
