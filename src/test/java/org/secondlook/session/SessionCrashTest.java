package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class SessionCrashTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(120)
    void aKilledProcessLeavesASoundDatabaseWithEveryReportedSave() throws Exception {
        Path db = dir.resolve("sessions.db");
        for (int round = 0; round < 3; round++) {
            long lastCommitted = killMidStream(db, 20 + round * 15);

            try (Connection check = DriverManager.getConnection("jdbc:sqlite:" + db);
                 ResultSet integrity = check.createStatement().executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", integrity.getString(1));
            }
            try (SessionStore store = SessionStore.open(db)) {
                assertTrue(store.recovery().isEmpty());
                SessionSummary newest = store.list(SessionQuery.newest(1)).sessions().get(0);
                long stored = Long.parseLong(SessionSamples.counter(store.get(newest.id()).answers()));
                assertTrue(stored >= lastCommitted, "save " + lastCommitted + " was reported but only " + stored + " is stored");
                assertEquals(round + 1, store.list(SessionQuery.newest(10)).sessions().size());
            }
        }
    }

    /** Starts the child, waits for {@code commits} reported saves, kills it with SIGKILL; returns the last one reported. */
    private long killMidStream(Path db, int commits) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), SessionAutosaveChild.class.getName(), db.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long last = 0;
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            int reported = 0;
            String line;
            while (reported < commits && (line = out.readLine()) != null) {
                seen.add(line);
                if (line.startsWith("committed ")) {
                    last = Long.parseLong(line.substring("committed ".length()));
                    reported++;
                }
            }
            child.destroyForcibly();
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(last > 0, "the child reported no saves: " + seen);
        return last;
    }
}
