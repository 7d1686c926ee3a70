package org.secondlook.ui.session;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Profile;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionStore;

class SharedComputerTest {

    private static final Profile KNEE = new Profile(Site.KNEE, Side.LEFT, 12, 5, Map.of(LifeArea.SLEEP, 2), null,
            Diagnosis.KNEE_OSTEOARTHRITIS, null, null, null, null, null, null, null, null, null);

    @TempDir
    Path dir;

    @Test
    void onePersonAloneIsNotASharedComputer() {
        try (SessionStore store = SessionStore.open(dir.resolve("sessions.db"))) {
            save(store, Mode.SELF, null);
            save(store, Mode.SELF, "Ana Ruiz");
            save(store, Mode.SELF, "ana ruiz ");
            assertFalse(SharedComputer.applies(store, store.latestUnfinished().orElseThrow()));
        }
    }

    @Test
    void anotherNameAmongTheRecentSessionsMakesItShared() {
        try (SessionStore store = SessionStore.open(dir.resolve("sessions.db"))) {
            save(store, Mode.SELF, "Ben Stone");
            save(store, Mode.SELF, null);
            save(store, Mode.SELF, "Ana Ruiz");
            assertTrue(SharedComputer.applies(store, store.latestUnfinished().orElseThrow()));
        }
    }

    @Test
    void aSessionWithAClinicianMakesItShared() {
        try (SessionStore store = SessionStore.open(dir.resolve("sessions.db"))) {
            save(store, Mode.CLINICIAN, "Ana Ruiz");
            assertTrue(SharedComputer.applies(store, store.latestUnfinished().orElseThrow()));
        }
    }

    private static void save(SessionStore store, Mode mode, String label) {
        store.create(SessionAnswers.start(mode).withProfile(KNEE), "2026.1", label).join();
    }
}
