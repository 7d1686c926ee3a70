package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SessionRecoveryTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-23T16:15:00Z"), ZoneId.of("UTC"));

    @TempDir
    Path dir;

    interface Damage {
        void apply(Path db) throws Exception;
    }

    static Stream<Arguments> damagedFiles() {
        return Stream.of(
                Arguments.of("garbage bytes", (Damage) db -> {
                    byte[] noise = new byte[64 * 1024];
                    new Random(7).nextBytes(noise);
                    Files.write(db, noise);
                }),
                Arguments.of("a text file", (Damage) db -> Files.writeString(db, "not a database\n")),
                Arguments.of("truncated", (Damage) db -> {
                    byte[] whole = Files.readAllBytes(db);
                    Files.write(db, Arrays.copyOf(whole, whole.length / 3));
                }),
                Arguments.of("overwritten pages", (Damage) db -> {
                    byte[] whole = Files.readAllBytes(db);
                    Arrays.fill(whole, 4096, whole.length, (byte) 0x5A);
                    Files.write(db, whole);
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedFiles")
    void movesADamagedDatabaseAsideAndStartsAFreshOne(String what, Damage damage) throws Exception {
        Path db = dir.resolve("sessions.db");
        try (SessionStore store = SessionStore.open(db)) {
            for (int i = 0; i < 50; i++) {
                store.create(SessionSamples.full().withPatientNotes("x".repeat(2000)), SessionSamples.CONTENT, "s" + i);
            }
        }
        damage.apply(db);
        Files.writeString(db.resolveSibling("sessions.db-wal"), "stale log");
        byte[] damaged = Files.readAllBytes(db);

        try (SessionStore store = SessionStore.openRecovering(db, FIXED)) {
            Recovery recovery = store.recovery().orElseThrow();
            String stamp = FIXED.instant().atZone(ZoneId.systemDefault())
                    .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path movedTo = dir.resolve("sessions.db.corrupt-" + stamp).toAbsolutePath();
            assertEquals(movedTo, recovery.movedTo());
            assertTrue(recovery.message().english().contains(movedTo.toString()), recovery.message().english());
            assertArrayEquals(damaged, Files.readAllBytes(movedTo), "the damaged file is kept as it was");
            assertEquals("stale log", Files.readString(dir.resolve(movedTo.getFileName() + "-wal"), StandardCharsets.UTF_8));

            assertTrue(store.list(SessionQuery.newest(10)).sessions().isEmpty());
            SessionId id = store.create(SessionSamples.full(), SessionSamples.CONTENT, "after").join();
            assertEquals(SessionSamples.full(), store.get(id).answers());
        }
        try (SessionStore again = SessionStore.open(db)) {
            assertFalse(again.recovery().isPresent());
            assertEquals(1, again.list(SessionQuery.newest(10)).sessions().size());
        }
    }

    interface PageChoice {
        long page(java.sql.Connection connection) throws Exception;
    }

    static Stream<Arguments> damagedPages() {
        return Stream.of(
                Arguments.of("an index page", (PageChoice) c -> single(c,
                        "SELECT rootpage FROM sqlite_master WHERE name = 'sessions_by_created'"), 200, 0),
                Arguments.of("a page of the sessions themselves", (PageChoice) c -> single(c,
                        "SELECT pageno FROM dbstat WHERE name = 'sessions' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 20"),
                        -1, -1));
    }

    /** 3: one damaged page must not hide the sessions that are intact; the person learns how many were saved. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("damagedPages")
    void savesEveryReadableSessionIntoTheNewDatabase(String what, PageChoice choice, int saved, int lost) throws Exception {
        Path db = dir.resolve("sessions.db");
        try (SessionStore store = SessionStore.open(db)) {
            for (int i = 0; i < 200; i++) {
                store.create(SessionSamples.full().withPatientNotes("n".repeat(2000)), SessionSamples.CONTENT, "s" + i);
            }
        }
        long page;
        int pageSize;
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
            page = choice.page(c);
            pageSize = (int) single(c, "PRAGMA page_size");
        }
        byte[] whole = Files.readAllBytes(db);
        int at = (int) ((page - 1) * pageSize) + 8;
        for (int i = 0; i < 16; i++) {
            whole[at + i] ^= (byte) 0xA5;
        }
        Files.write(db, whole);

        assertThrows(DamagedDatabaseException.class, () -> SessionStore.open(db));
        assertArrayEquals(whole, Files.readAllBytes(db), "refusing leaves the file as it was");
        try (SessionStore store = SessionStore.openRecovering(db, FIXED)) {
            Recovery recovery = store.recovery().orElseThrow();
            int listed = store.list(SessionQuery.newest(1000)).sessions().size();
            assertEquals(recovery.saved(), listed);
            if (saved >= 0) {
                assertEquals(saved, recovery.saved());
                assertEquals(lost, recovery.lost());
            } else {
                assertTrue(recovery.lost() > 0 && recovery.saved() + recovery.lost() == 200, recovery.message().english());
            }
            assertTrue(recovery.message().english().contains(recovery.saved() + " sessions were saved from it and "
                    + recovery.lost() + " could not be read"), recovery.message().english());
            SessionSummary newest = store.list(SessionQuery.newest(1)).sessions().get(0);
            assertEquals(SessionSamples.full().withPatientNotes("n".repeat(2000)), store.get(newest.id()).answers());
            SessionId next = store.create(SessionSamples.full(), SessionSamples.CONTENT, "after").join();
            assertEquals(201, next.value(), "the id of a lost session is never given to a new one");
        }
    }

    private static long single(java.sql.Connection c, String sql) throws Exception {
        try (var statement = c.createStatement(); var row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getLong(1);
        }
    }
}
