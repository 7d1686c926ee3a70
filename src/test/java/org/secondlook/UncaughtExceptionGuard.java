package org.secondlook;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Fails any test during which some thread (the JavaFX thread above all) let an exception go uncaught: a person
 * would have met a broken screen there, even if every assertion passed. Registered for every test through
 * JUnit's extension auto-detection (see src/test/resources/junit-platform.properties).
 */
public final class UncaughtExceptionGuard implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(UncaughtExceptionGuard.class);

    private record Watch(Thread.UncaughtExceptionHandler previous, List<String> seen) {
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
        context.getStore(NAMESPACE).put(Watch.class, new Watch(previous, seen));
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
        if (!watch.seen().isEmpty()) {
            fail("An exception went uncaught during the test:\n" + String.join("\n", watch.seen()));
        }
    }

    private static String stackTrace(Throwable problem) {
        StringWriter text = new StringWriter();
        problem.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
