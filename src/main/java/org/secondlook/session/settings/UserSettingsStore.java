package org.secondlook.session.settings;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.secondlook.session.DataLocations;

/**
 * Reads and writes {@link UserSettings} as a small JSON file. Saves are debounced and run on a
 * background thread, so a burst of changes (dragging the window) writes once.
 */
public final class UserSettingsStore implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UserSettingsStore.class.getName());
    private static final long DEBOUNCE_MILLIS = 800;

    private final Path file;
    // Built by the first save, on the writer's thread: data binding costs a few hundred classes, which reading the
    // settings at start does without.
    private ObjectMapper json;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "settings-writer");
        thread.setDaemon(true);
        return thread;
    });
    private ScheduledFuture<?> pending;
    private UserSettings latest;

    public UserSettingsStore(Path file) {
        this.file = file;
    }

    /** The saved settings, or the defaults when there are none or the file cannot be read. */
    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.defaults();
        }
        try {
            return SettingsFormat.read(Files.readString(file));
        } catch (IOException | RuntimeException e) {
            // Only the display settings are lost, and the window shows the defaults at once: one line, no stack trace.
            LOG.info(() -> "Settings file unreadable, using defaults: " + file + " (" + e.getClass().getSimpleName() + ")");
            return UserSettings.defaults();
        }
    }

    /** Schedules a save of {@code settings}; a later call within the debounce window replaces it. */
    public synchronized void save(UserSettings settings) {
        if (writer.isShutdown()) {
            return;
        }
        latest = settings;
        if (pending != null) {
            pending.cancel(false);
        }
        pending = writer.schedule(this::writeLatest, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Writes any pending save now and waits for it. */
    @Override
    public void close() {
        synchronized (this) {
            if (pending != null) {
                pending.cancel(false);
                pending = null;
            }
        }
        try {
            writer.submit(this::writeLatest).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warning(() -> "Could not save settings (" + e.getClass().getSimpleName() + ")");
        } finally {
            writer.shutdown();
        }
    }

    private void writeLatest() {
        UserSettings toWrite;
        synchronized (this) {
            toWrite = latest;
            latest = null;
        }
        if (toWrite == null) {
            return;
        }
        try {
            DataLocations.ensurePrivateDirectory(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            if (json == null) {
                json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            }
            json.writeValue(temp.toFile(), toWrite);
            DataLocations.makeOwnerOnly(temp);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warning(() -> "Could not save settings to " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
