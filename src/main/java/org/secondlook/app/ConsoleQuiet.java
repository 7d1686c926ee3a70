package org.secondlook.app;

import java.util.logging.Logger;

/**
 * Keeps the console free of a warning people read as an error. The single runnable jar puts
 * JavaFX on the class path on purpose; JavaFX then logs "Unsupported JavaFX configuration" at
 * every start although it runs correctly. Only that one message is dropped.
 */
final class ConsoleQuiet {

    // Held so the configured logger is not garbage-collected and recreated without the filter.
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private ConsoleQuiet() {
    }

    static void dropClassPathWarning() {
        JAVAFX_LOGGER.setFilter(entry -> entry.getMessage() == null
                || !entry.getMessage().startsWith("Unsupported JavaFX configuration"));
    }
}
