package org.secondlook.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The start-up probe's measure: the time from the start of this process to now, printed as {@code first-frame-ms=N}.
 * On Linux it is read from /proc, to 10 ms: there {@link ProcessHandle.Info#startInstant()} adds the boot time, which
 * Linux gives only in whole seconds, so it is up to a second off, the same second for every process, which would
 * shrink every ratio the start-up benchmark reports.
 */
public final class StartupProbe {

    /** /proc gives times in USER_HZ ticks, which Linux fixes at 100 a second for user space. */
    private static final double TICKS_PER_SECOND = 100;

    private StartupProbe() {
    }

    public static void printFirstFrame() {
        System.out.println("first-frame-ms=" + sinceProcessStart().toMillis());
    }

    static Duration sinceProcessStart() {
        try {
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // After the command name in parentheses (which may hold spaces): field 3 on; the start time is field 22.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            return Duration.ofMillis(Math.round((uptimeSeconds - startTicks / TICKS_PER_SECOND) * 1000));
        } catch (IOException | RuntimeException notLinux) {
            return Duration.between(ProcessHandle.current().info().startInstant().orElseGet(Instant::now), Instant.now());
        }
    }
}
