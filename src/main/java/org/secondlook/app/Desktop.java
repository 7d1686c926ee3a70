package org.secondlook.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.knowledge.KnowledgeException;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.knowledge.MetadataPreview;
import org.secondlook.session.ClinicAddress;
import org.secondlook.session.ClinicPasswords;
import org.secondlook.session.ClinicStore;
import org.secondlook.session.DamagedDatabaseException;
import org.secondlook.session.DataLocations;
import org.secondlook.session.SessionStore;
import org.secondlook.session.Sessions;
import org.secondlook.session.StoreException;
import org.secondlook.session.StoreFailures;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.session.settings.UserSettingsStore;
import org.secondlook.text.Phrase;
import org.secondlook.ui.FirstPage;
import org.secondlook.ui.SecondLookUi;
import org.secondlook.ui.StartupProblem;
import org.secondlook.ui.UiServices;
import org.secondlook.ui.common.Messages;

/** Composition root of the desktop app: builds the services and hands them to the window. */
final class Desktop {

    private Desktop() {
    }

    static void start(GuiOptions options) {
        ConsoleQuiet.dropClassPathWarning();
        // The training run keeps its sessions and settings in a folder of its own, never the person's.
        DataLocations locations = options.aotTraining() ? AotTraining.throwAwayData() : DataLocations.forCurrentUser();
        UserSettingsStore settingsStore = new UserSettingsStore(locations.settingsFile());
        // Read while the JavaFX toolkit starts. The welcome page needs only the built-in content's metadata; the
        // content then loads once the first frame is up, not competing with it.
        String store = options.store() != null ? options.store() : System.getenv(ClinicAddress.ENVIRONMENT_VARIABLE);
        boolean onClinicServer = store != null && !store.isBlank();
        CompletableFuture<FirstPage> first = CompletableFuture.supplyAsync(() -> {
            UserSettings settings = settingsStore.load();
            return FirstPage.of(new Messages(settings.locale(Locale.getDefault())), settingsStore, settings,
                    options.knowledgeDir() == null ? MetadataPreview.ofBuiltIn().orElse(null) : null, onClinicServer);
        });
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        CompletableFuture<UiServices> services = new CompletableFuture<>();
        Runnable afterFirstFrame = options.startupProbe() ? () -> firstFrame.cancel(false) : () -> firstFrame.complete(null);
        // The toolkit's start is the longest wait before the first frame, so it begins now, on a thread of its own
        // (Platform.startup returns only once the toolkit runs), while this thread wires up the rest.
        Thread.ofPlatform().name("JavaFX start").start(() -> SecondLookUi.start(first, services, options.startupProbe(),
                options.aotTraining() ? () -> AotTraining.answers(services.join().knowledge()) : null, afterFirstFrame));
        CloseOnSignal.install(SecondLookUi::closeAll);

        // The database opens (migrations, integrity check) once the first frame is up too; the start-up probe exits at
        // its first frame and never loads the content or opens the database.
        Path database = options.database() == null ? locations.databaseFile() : options.database();
        CompletableFuture<KnowledgeBase> knowledge = first.thenCompose(page -> page.metadata() == null
                ? CompletableFuture.supplyAsync(() -> load(options))
                : firstFrame.thenApplyAsync(drawn -> load(options)));
        CompletableFuture<Sessions> sessions = onClinicServer
                ? firstFrame.thenApplyAsync(drawn -> openClinic(store, first.join().messages()))
                : firstFrame
                        .thenApplyAsync(drawn -> open(database, options.database() == null ? locations : null))
                        .exceptionallyCompose(failure -> recoverIfAgreed(failure, database, first.join().messages()));
        knowledge.handle((loaded, failure) -> {
            Messages messages = first.join().messages();
            if (failure != null) {
                throw problem(failure, messages);
            }
            return new UiServices(messages, loaded, settingsStore, sessions);
        }).whenComplete((ready, failure) -> {
            if (failure == null) {
                services.complete(ready);
            } else {
                services.completeExceptionally(failure);
            }
        });
    }

    /** @param defaultLocations the data folder to make owner-only when the default database is used, else null */
    private static Sessions open(Path database, DataLocations defaultLocations) {
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

    /**
     * The clinic's shared store: the password comes from PGPASSWORD or ~/.pgpass, else the person types it. Going on
     * without it leaves the window without saving, as with a file that cannot be used.
     */
    private static Sessions openClinic(String store, Messages messages) {
        ClinicAddress address;
        try {
            address = ClinicAddress.parse(store);
        } catch (IllegalArgumentException e) {
            throw new StoreException(e instanceof Phrase.Worded worded ? worded.phrase()
                    : StoreFailures.phrase("do.openClinic", store), e);
        }
        char[] password = ClinicPasswords.stored(address)
                .or(() -> SecondLookUi.askClinicPassword(messages, address).join())
                .orElseThrow(() -> new StoreException(Phrase.of(Messages.BUNDLE, "startup.clinic.skipped")));
        try {
            return ClinicStore.open(address, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A damaged file is changed only after the person agreed; otherwise the window goes on without saving. */
    private static CompletableFuture<Sessions> recoverIfAgreed(Throwable failure, Path database, Messages messages) {
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

    /** Content that cannot be loaded is explained in a window; anything else is a bug and goes on as it is. */
    private static RuntimeException problem(Throwable failure, Messages messages) {
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        if (cause instanceof KnowledgeException) {
            return new StartupProblem(messages.get("problem.content.title"), cause.getMessage());
        }
        return failure instanceof RuntimeException unexpected ? unexpected : new CompletionException(failure);
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
}
