package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.StepId;

/**
 * What every {@link Sessions} adapter must do, run on each: the SQLite file and the clinic's PostgreSQL server.
 * Each test starts with an empty store; {@link #workstation(Clock)} opens one more connection to it, as another
 * computer or window would.
 */
abstract class SessionsContract {

    static final int WORKSTATIONS = 8;
    static final int SAVES_EACH = 200;

    @TempDir
    Path files;

    /** Another store on the same sessions, with {@code clock} stamping its changes. */
    abstract Sessions workstation(Clock clock) throws Exception;

    Sessions workstation() throws Exception {
        return workstation(Clock.systemUTC());
    }

    @Test
    void createsReadsUpdatesAndCompletesASession() throws Exception {
        try (Sessions store = workstation()) {
            SessionId id = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, " Ana ").join();
            Session fresh = store.get(id);
            assertEquals("Ana", fresh.label());
            assertEquals(SessionStatus.IN_PROGRESS, fresh.status());
            assertEquals(SessionAnswers.start(Mode.SELF), fresh.answers());
            assertEquals(id, store.latestUnfinished().orElseThrow().id());

            store.saveAnswers(id, SessionSamples.full()).join();
            store.complete(id).join();
            Session done = store.get(id);
            assertEquals(SessionSamples.full(), done.answers());
            assertEquals(SessionStatus.COMPLETED, done.status());
            assertTrue(store.latestUnfinished().isEmpty());

            SessionSummary line = store.list(SessionQuery.newest(10)).sessions().get(0);
            assertEquals(Diagnosis.KNEE_OSTEOARTHRITIS, line.diagnosis());
            assertEquals(6, line.painIntensity());
            assertEquals(3, line.sureScore());
            assertEquals("exercise-therapy", line.leaning());

            store.relabel(id, "Ana G.").join();
            assertEquals("Ana G.", store.get(id).label());
        }
    }

    @Test
    void savesToAMissingSessionFail() throws Exception {
        try (Sessions store = workstation()) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> store.saveAnswers(new SessionId(99_999), SessionSamples.full()).join());
            assertInstanceOf(NoSuchSessionException.class, e.getCause());
            assertTrue(store.find(new SessionId(99_999)).isEmpty());
        }
    }

    @Test
    void listsNewestFirstInKeysetPagesAndSearches() throws Exception {
        try (Sessions store = workstation(SessionStoreTest.ticking(Instant.parse("2026-01-01T00:00:00Z")))) {
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
    void startsAgainFromAnOldSessionWithoutChangingIt() throws Exception {
        try (Sessions store = workstation()) {
            SessionId old = store.createCompleted(SessionSamples.full(), "2025.4", "Ana");
            SessionId copy = store.startAgainFrom(old, SessionSamples.CONTENT).join();
            Session again = store.get(copy);
            assertEquals(SessionStatus.IN_PROGRESS, again.status());
            assertEquals(StepId.FIRST, again.answers().currentStep());
            assertEquals(SessionSamples.full().profile(), again.answers().profile());
            assertEquals(SessionSamples.full(), store.get(old).answers());
        }
    }

    @Test
    void deletesOneSessionOrAllAndNeverReusesAnId() throws Exception {
        try (Sessions store = workstation()) {
            SessionId keep = store.create(SessionSamples.full(), SessionSamples.CONTENT, "keep me").join();
            SessionId gone = store.create(SessionSamples.full(), SessionSamples.CONTENT, "Zebra label").join();
            assertTrue(store.delete(gone).join().found());
            assertFalse(store.delete(gone).join().found());
            assertTrue(store.find(gone).isEmpty());
            assertTrue(store.find(keep).isPresent());
            assertTrue(store.list(SessionQuery.newest(10).withLabelContains("Zebra")).sessions().isEmpty());
            SessionId next = store.create(SessionSamples.full(), SessionSamples.CONTENT, null).join();
            assertTrue(next.value() > gone.value(), "ids of deleted sessions are never reused");
            store.deleteAll().join();
            assertTrue(store.list(SessionQuery.newest(10)).sessions().isEmpty());
        }
    }

    @Test
    void exportsAndImportsASessionFile() throws Exception {
        try (Sessions store = workstation()) {
            SessionId id = store.createCompleted(SessionSamples.full(), SessionSamples.CONTENT, "Ana");
            Path file = files.resolve("ana.json");
            store.exportTo(id, file, false);
            SessionId copy = store.importFile(file, SessionSamples.RULES).join();
            assertEquals(store.get(id).answers(), store.get(copy).answers());
            assertEquals("Ana", store.get(copy).label());
        }
    }

    @Test
    void comparesTwoSessions() throws Exception {
        try (Sessions store = workstation()) {
            SessionId first = store.createCompleted(SessionSamples.full(SessionSamples.kneeProfile(7, "injection")),
                    SessionSamples.CONTENT, "before");
            SessionId second = store.createCompleted(SessionSamples.full(SessionSamples.kneeProfile(4, "physio")),
                    SessionSamples.CONTENT, "after");
            assertEquals(new SessionComparison.Change<>(7, 4), store.compare(first, second).painIntensity());
        }
    }

    /** Eight workstations save at once, each its own session 200 times and 200 new ones: nothing is lost. */
    @Test
    void eightWorkstationsSavingAtOnceLoseNothing() throws Exception {
        List<Sessions> stores = new ArrayList<>();
        ExecutorService people = Executors.newFixedThreadPool(WORKSTATIONS);
        try {
            for (int w = 0; w < WORKSTATIONS; w++) {
                stores.add(workstation());
            }
            List<Future<SessionId>> work = new ArrayList<>();
            for (int w = 0; w < WORKSTATIONS; w++) {
                Sessions store = stores.get(w);
                String name = "room " + w;
                work.add(people.submit(() -> {
                    SessionId own = store.create(SessionAnswers.start(Mode.CLINICIAN), SessionSamples.CONTENT, name).join();
                    List<CompletableFuture<?>> writes = new ArrayList<>();
                    for (int i = 1; i <= SAVES_EACH; i++) {
                        writes.add(store.saveAnswers(own, SessionSamples.full(SessionSamples.kneeProfile(i % 11, "step " + i))));
                        writes.add(store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, name + " visit " + i));
                    }
                    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
                    return own;
                }));
            }
            Sessions reader = stores.get(0);
            for (int w = 0; w < WORKSTATIONS; w++) {
                SessionId own = work.get(w).get();
                assertEquals("step " + SAVES_EACH, reader.get(own).answers().profile().leaning(),
                        "the last of room " + w + "'s saves is the one kept");
            }
            Set<String> labels = new HashSet<>();
            SessionQuery query = SessionQuery.newest(SessionQuery.MAX_LIMIT);
            for (SessionPage page = reader.list(query); ; page = reader.list(query.after(page.next().get()))) {
                page.sessions().forEach(s -> labels.add(s.label()));
                if (page.next().isEmpty()) {
                    break;
                }
            }
            assertEquals(WORKSTATIONS * (SAVES_EACH + 1), labels.size());
            assertTrue(labels.contains("room 7 visit " + SAVES_EACH));
        } finally {
            people.shutdownNow();
            stores.forEach(Sessions::close);
        }
    }
}
