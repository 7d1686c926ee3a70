package org.secondlook.session;

import org.secondlook.advice.StepId;
import org.secondlook.advice.SureAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Priority;

class SessionStoreTest {

    @TempDir
    Path dir;

    /** A clock that moves one minute per reading, so every session has its own time. */
    static Clock ticking(Instant start) {
        AtomicLong minutes = new AtomicLong();
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return start.plusSeconds(60 * minutes.getAndIncrement());
            }
        };
    }

    @Test
    void aSessionStaysUnfinishedUntilCompleted() throws Exception {
        try (SessionStore store = SessionStore.open(dir.resolve("result.db"))) {
            SessionId id = store.create(SessionSamples.full(), "2026.11.0", null).join();
            store.saveAnswers(id, SessionSamples.full().atStep(StepId.OPTIONS)).join();
            assertEquals(SessionStatus.IN_PROGRESS, store.get(id).status());
            assertEquals(id, store.latestUnfinished().orElseThrow().id());
            store.complete(id).join();
            assertEquals(SessionStatus.COMPLETED, store.get(id).status());
            assertTrue(store.latestUnfinished().isEmpty());
        }
    }

    @Test
    void createsReadsUpdatesAndCompletesASession() {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId id = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, " Ana ").join();
            Session fresh = store.get(id);
            assertEquals("Ana", fresh.label());
            assertEquals(SessionStatus.IN_PROGRESS, fresh.status());
            assertEquals(SessionAnswers.start(Mode.SELF), fresh.answers());

            store.saveAnswers(id, SessionSamples.full()).join();
            store.complete(id).join();
            Session done = store.get(id);
            assertEquals(SessionSamples.full(), done.answers());
            assertEquals(SessionStatus.COMPLETED, done.status());
            assertFalse(done.updatedAt().isBefore(fresh.updatedAt()));

            SessionSummary line = store.list(SessionQuery.newest(10)).sessions().get(0);
            assertEquals(Diagnosis.KNEE_OSTEOARTHRITIS, line.diagnosis());
            assertEquals(6, line.painIntensity());
            assertEquals(3, line.sureScore());
            assertEquals("exercise-therapy", line.leaning());
        }
    }

    @Test
    void savesToAMissingSessionFail() {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> store.saveAnswers(new SessionId(99), SessionSamples.full()).join());
            assertInstanceOf(NoSuchSessionException.class, e.getCause());
        }
    }

    @Test
    void listsNewestFirstInKeysetPagesAndSearches() {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"), ticking(Instant.parse("2026-01-01T00:00:00Z")))) {
            List<SessionId> ids = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                SessionAnswers answers = SessionAnswers.start(Mode.SELF).withProfile(
                        i % 2 == 0 ? SessionSamples.kneeProfile(i % 11, null) : SessionSamples.backProfile(3));
                ids.add(store.create(answers, SessionSamples.CONTENT, i % 5 == 0 ? "Mrs O'Brien visit " + i : "patient " + i).join());
            }
            List<SessionId> seen = new ArrayList<>();
            SessionQuery query = SessionQuery.newest(10);
            SessionPage page;
            do {
                page = store.list(query);
                page.sessions().forEach(s -> seen.add(s.id()));
                query = page.next().map(query::after).orElse(null);
            } while (query != null);
            assertEquals(ids.reversed(), seen);

            List<SessionSummary> brien = store.list(SessionQuery.newest(50).withLabelContains("o'brien")).sessions();
            assertEquals(5, brien.size());
            assertTrue(brien.stream().allMatch(s -> s.label().startsWith("Mrs O'Brien")));
            assertEquals(12, store.list(SessionQuery.newest(50).withLabelContains("1")).sessions().size());
            assertTrue(store.list(SessionQuery.newest(50).withLabelContains("%")).sessions().isEmpty());
            assertEquals(12, store.list(SessionQuery.newest(50).withDiagnosis(Diagnosis.SPINAL_STENOSIS)).sessions().size());

            Instant from = Instant.parse("2026-01-01T00:05:00Z");
            List<SessionSummary> inRange = store.list(SessionQuery.newest(50)
                    .createdBetween(from, from.plusSeconds(3 * 60))).sessions();
            assertEquals(List.of(ids.get(7), ids.get(6), ids.get(5)), inRange.stream().map(SessionSummary::id).toList());
        }
    }

    @Test
    void findsTheNewestUnfinishedSessionToResume() {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"), ticking(Instant.parse("2026-01-01T00:00:00Z")))) {
            assertTrue(store.latestUnfinished().isEmpty());
            SessionId older = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, "older").join();
            SessionId newer = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, "newer").join();
            store.complete(newer).join();
            assertEquals(older, store.latestUnfinished().orElseThrow().id());
            store.saveAnswers(older, SessionSamples.full()).join();
            SessionId third = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, "third").join();
            assertEquals(third, store.latestUnfinished().orElseThrow().id());
        }
    }

    @Test
    void startsAgainFromAnOldSessionWithoutChangingIt() {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId old = store.createCompleted(SessionSamples.full(), "2025.4", "Ana");
            SessionId copy = store.startAgainFrom(old, SessionSamples.CONTENT).join();
            Session again = store.get(copy);
            assertEquals(SessionStatus.IN_PROGRESS, again.status());
            assertEquals(StepId.FIRST, again.answers().currentStep());
            assertEquals(SessionSamples.full().profile(), again.answers().profile());
            assertEquals(SessionSamples.CONTENT, again.contentVersion());
            assertEquals(SessionSamples.full(), store.get(old).answers());
        }
    }

    @Test
    void deletedSessionsLeaveNoTraceInTheFile() throws Exception {
        Path db = dir.resolve("s.db");
        String secret = "Zebra-secret-label-XYZZY";
        try (SessionStore store = SessionStore.open(db)) {
            SessionId keep = store.create(SessionSamples.full(), SessionSamples.CONTENT, "keep me").join();
            SessionId gone = store.create(SessionSamples.full().withPatientNotes("note " + secret), SessionSamples.CONTENT, secret).join();
            assertEquals(new SessionStore.Deletion(true, true), store.delete(gone).join());
            assertFalse(store.delete(gone).join().found());
            assertTrue(store.find(gone).isEmpty());
            assertTrue(store.find(keep).isPresent());
            assertTrue(store.list(SessionQuery.newest(10).withLabelContains("Zebra")).sessions().isEmpty());
        }
        assertFalse(fileContains(db, secret), "deleted text is still in the database file");

        try (SessionStore store = SessionStore.open(db)) {
            SessionId next = store.create(SessionSamples.full(), SessionSamples.CONTENT, null).join();
            assertEquals(3, next.value(), "ids of deleted sessions are never reused");
            store.deleteAll().join();
            assertTrue(store.list(SessionQuery.newest(10)).sessions().isEmpty());
        }
        assertFalse(fileContains(db, "keep me"));
    }

    private static boolean fileContains(Path file, String text) throws Exception {
        for (Path part : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            if (Files.exists(part) && new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1).contains(text)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void comparesTwoSessions() {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId first = store.createCompleted(SessionSamples.full(SessionSamples.kneeProfile(7, "injection")),
                    SessionSamples.CONTENT, "before");
            SessionAnswers later = SessionSamples.full(SessionSamples.kneeProfile(4, "physio"))
                    .withSure(new SureAnswers(true, true, true, true));
            SessionId second = store.createCompleted(later, SessionSamples.CONTENT, "after");

            SessionComparison comparison = store.compare(first, second);
            assertEquals(new SessionComparison.Change<>(7, 4), comparison.painIntensity());
            assertFalse(comparison.painDurationWeeks().changed());
            assertEquals(new SessionComparison.Change<>("injection", "physio"), comparison.leaning());
            assertEquals(new SessionComparison.Change<>(3, 4), comparison.sureScore());
            assertTrue(comparison.impact().isEmpty());
            assertTrue(comparison.priorities().isEmpty());
            assertEquals(List.of("painIntensity", "leaning", "sure"), comparison.changedAnswers());
            assertFalse(comparison.impact().containsKey(LifeArea.SLEEP));
            assertFalse(comparison.priorities().containsKey(Priority.LOW_COST));
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void keepsTheFolderAndFilesPrivate() throws Exception {
        Path db = dir.resolve("new-folder").resolve("sessions.db");
        try (SessionStore store = SessionStore.open(db)) {
            store.create(SessionSamples.full(), SessionSamples.CONTENT, null).join();
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db.getParent())));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(db)));
            Path wal = db.resolveSibling("sessions.db-wal");
            assertTrue(Files.exists(wal));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(wal)));
        }
    }

    @Test
    void twoStoresOnOneFileWriteAtOnceWithoutErrors() throws Exception {
        Path db = dir.resolve("s.db");
        try (SessionStore one = SessionStore.open(db); SessionStore two = SessionStore.open(db)) {
            List<CompletableFuture<SessionId>> writes = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                writes.add(one.create(SessionSamples.full(), SessionSamples.CONTENT, "one " + i));
                writes.add(two.create(SessionSamples.full(), SessionSamples.CONTENT, "two " + i));
            }
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
            assertEquals(400, writes.stream().map(CompletableFuture::join).distinct().count());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet count = c.createStatement().executeQuery("SELECT count(*) FROM sessions")) {
            assertEquals(400, count.getInt(1));
        }
    }
}
