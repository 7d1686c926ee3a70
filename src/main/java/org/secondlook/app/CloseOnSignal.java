package org.secondlook.app;

import java.util.List;
import sun.misc.Signal;

/**
 * Logging out, shutting the computer down or pressing Ctrl+C in a terminal closes Second Look as its close button
 * does: the window writes the pending answers and settings, closes the sessions file and leaves. Left to the JVM's
 * default, such a signal runs the shutdown hooks at once: pending answers are lost, and JavaFX tears its renderer
 * down under events it is still handling, which prints a NullPointerException.
 */
final class CloseOnSignal {

    private static final long GRACE_MILLIS = 10_000;

    private CloseOnSignal() {
    }

    /** {@code closeWindows} closes every window from any thread, and throws IllegalStateException before JavaFX runs. */
    static void install(Runnable closeWindows) {
        for (String name : List.of("TERM", "INT", "HUP")) {
            try {
                Signal.handle(new Signal(name), signal -> close(closeWindows, 128 + signal.getNumber()));
            } catch (IllegalArgumentException notOnThisSystem) {
                // HUP on Windows, for instance: that signal keeps the JVM's default.
            }
        }
    }

    private static void close(Runnable closeWindows, int exitCode) {
        // A window that cannot close (JavaFX stuck, or not started yet) must not keep the process alive.
        Thread.ofPlatform().daemon().name("exit after grace").start(() -> {
            try {
                Thread.sleep(GRACE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(exitCode);
        });
        try {
            closeWindows.run();
        } catch (IllegalStateException javaFxNotRunning) {
            System.exit(exitCode);
        }
    }
}
