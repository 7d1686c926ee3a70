package org.secondlook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.session.DataLocations;

/**
 * The real app in a process of its own (headless window), ended the way logging out ends it: SIGTERM. It must close
 * as its close button does, so the sessions file is closed (SQLite then folds its write-ahead log back in and deletes
 * it) and nothing is printed; the JVM's default would stop it with 143, the log left behind.
 */
class CloseOnSignalTest {

    @TempDir
    Path dataHome;

    @Test
    void sigtermClosesTheWindowLikeItsCloseButton() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "SIGTERM is a POSIX signal");
        Path folder = dataHome.resolve("second-look");
        Path database = folder.resolve(DataLocations.DATABASE_FILE);
        Path writeAheadLog = folder.resolve(DataLocations.DATABASE_FILE + "-wal");
        Path output = dataHome.resolve("output.txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", Launcher.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("XDG_DATA_HOME", dataHome.toString());
        builder.environment().remove("SECOND_LOOK_STORE");
        Process app = builder.start();
        try {
            // The sessions file opens once the first frame is up; its write-ahead log shows it is open.
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!(Files.exists(database) && Files.exists(writeAheadLog)) && app.isAlive() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertTrue(app.isAlive(), () -> "the app is running: " + read(output));
            assertTrue(Files.exists(writeAheadLog), "the sessions file is open");
            Thread.sleep(500);

            app.destroy(); // SIGTERM
            assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the app leaves after SIGTERM");
            assertEquals(0, app.exitValue(), () -> "closed as by its close button: " + read(output));
            assertFalse(Files.exists(writeAheadLog), "the sessions file was closed");
            assertFalse(read(output).contains("Exception"), () -> "nothing printed: " + read(output));
        } finally {
            app.destroyForcibly();
        }
    }

    private static String read(Path output) {
        try {
            return Files.exists(output) ? Files.readString(output) : "";
        } catch (IOException e) {
            return e.toString();
        }
    }
}
