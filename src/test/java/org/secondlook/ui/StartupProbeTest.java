package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartupProbeTest {

    /**
     * The process starts a little before the JVM in it (the launcher runs first), so the probe's time may exceed the
     * JVM's uptime by that little, never by the second that the boot time in whole seconds could add.
     */
    @Test
    void timeSinceProcessStartAgreesWithTheJvmsOwnUptime() {
        assumeTrue(Files.isReadable(Path.of("/proc/self/stat")), "Linux");
        long before = ManagementFactory.getRuntimeMXBean().getUptime();
        long since = StartupProbe.sinceProcessStart().toMillis();
        long after = ManagementFactory.getRuntimeMXBean().getUptime();
        assertTrue(since >= before - 20, since + " ms since the process started, but the JVM has run " + before + " ms");
        assertTrue(since <= after + 400, since + " ms since the process started, the JVM has run only " + after + " ms");
    }
}
