package org.secondlook.session;

import org.secondlook.advice.StepId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionAutosaverTest {

    @TempDir
    Path dir;

    private final List<String> saved = new CopyOnWriteArrayList<>();
    private final Autosaver.Listener recorder = new Autosaver.Listener() {
        @Override
        public void saved(SessionAnswers answers) {
            saved.add(answers.patientNotes());
        }

        @Override
        public void failed(SessionAnswers answers, Throwable problem) {
            saved.add("failed " + answers.patientNotes());
        }
    };

    @Test
    void writesOnlyTheNewestSnapshotOfABurst() throws Exception {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId id = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, null).join();
            try (Autosaver autosaver = new Autosaver(store, id, Duration.ofMillis(200), Duration.ofSeconds(5), recorder)) {
                for (int i = 1; i <= 20; i++) {
                    autosaver.update(SessionSamples.full().withPatientNotes("s" + i));
                }
                Thread.sleep(1_000);
                assertEquals(List.of("s20"), saved);
            }
            assertEquals("s20", store.get(id).answers().patientNotes());
        }
    }

    @Test
    void keepsSavingDuringNonStopChangesAtMostMaxDelayApart() throws Exception {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            SessionId id = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, null).join();
            try (Autosaver autosaver = new Autosaver(store, id, Duration.ofMillis(50), Duration.ofMillis(100), recorder)) {
                for (int i = 1; i <= 100; i++) {
                    autosaver.update(SessionSamples.full().withPatientNotes("s" + i));
                    Thread.sleep(10);
                }
                assertTrue(saved.size() >= 3, "saved only " + saved);
            }
            assertEquals("s100", saved.get(saved.size() - 1), "close saves the last change");
            assertEquals("s100", store.get(id).answers().patientNotes());
        }
    }

    @Test
    void reportsAFailedSave() {
        try (SessionStore store = SessionStore.open(dir.resolve("s.db"))) {
            try (Autosaver autosaver = new Autosaver(store, new SessionId(42), recorder)) {
                autosaver.update(SessionSamples.full().withPatientNotes("lost"));
            }
            assertEquals(List.of("failed lost"), saved);
        }
    }
}
