package org.secondlook;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails any test during which some thread (the JavaFX thread above all) let an exception go uncaught, or JavaFX
 * logged a warning (a style that failed to apply prints a caught exception on the console): a person would have met
 * a broken screen there, even if every assertion passed. Registered for every test through JUnit's extension
 * auto-detection (see src/test/resources/junit-platform.properties).
 */
public final class UncaughtExceptionGuard implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(UncaughtExceptionGuard.class);

    /** Held here because java.util.logging keeps loggers only weakly; JavaFX logs under "javafx.css" and the like. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** Logged once at start-up because the tests put JavaFX on the class path, as the packaged jar does. */
    private static final String CLASS_PATH_NOTICE = "Unsupported JavaFX configuration";

    private record Watch(Thread.UncaughtExceptionHandler previous, Handler javafxWarnings, List<String> seen) {
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        List<String> seen = new CopyOnWriteArrayList<>();
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, problem) -> {
            seen.add(thread.getName() + ": " + stackTrace(problem));
            if (previous != null) {
                previous.uncaughtException(thread, problem);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" " + stackTrace(problem));
            }
        });
        Handler javafxWarnings = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()
                        && !String.valueOf(record.getMessage()).startsWith(CLASS_PATH_NOTICE)) {
                    seen.add(record.getLoggerName() + " logged: " + record.getMessage()
                            + (record.getThrown() == null ? "" : "\n" + stackTrace(record.getThrown())));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        JAVAFX_LOG.addHandler(javafxWarnings);
        context.getStore(NAMESPACE).put(Watch.class, new Watch(previous, javafxWarnings, seen));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Watch watch = context.getStore(NAMESPACE).remove(Watch.class, Watch.class);
        if (watch == null) {
            return;
        }
        try {
            WaitForAsyncUtils.waitForFxEvents();
        } catch (RuntimeException toolkitNotStarted) {
            // A test without JavaFX: nothing is queued on its thread.
        }
        Thread.setDefaultUncaughtExceptionHandler(watch.previous());
        JAVAFX_LOG.removeHandler(watch.javafxWarnings());
        if (!watch.seen().isEmpty()) {
            fail("An exception went uncaught, or JavaFX logged a warning, during the test:\n"
                    + String.join("\n", watch.seen()));
        }
    }

    private static String stackTrace(Throwable problem) {
        StringWriter text = new StringWriter();
        problem.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
