package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.Profile;
import org.secondlook.advice.RedFlag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionMigrationTest {

    @TempDir
    Path dir;

    static IntStream earlierVersions() {
        return IntStream.range(1, SchemaMigrations.latestVersion());
    }

    @ParameterizedTest(name = "from schema {0}")
    @MethodSource("earlierVersions")
    void upgradesADatabaseFromAnEarlierSchemaKeepingItsSessions(int version) throws Exception {
        Path db = dir.resolve("old.db");
        SessionAnswers answers = SessionSamples.full();
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            SchemaMigrations.migrate(old, version);
            // Written as that version's code would have: only the V1 columns (without result_json from V4 on).
            boolean withResult = version < 4;
            try (PreparedStatement insert = old.prepareStatement("INSERT INTO sessions (label, status, site, diagnosis,"
                    + " pain_intensity, sure_score, leaning, content_version, " + (withResult ? "result_json, " : "")
                    + "answers_json, created_at, updated_at) VALUES ('Ana López', 'IN_PROGRESS', 'KNEE',"
                    + " 'KNEE_OSTEOARTHRITIS', 6, 3, 'physio', '2025.1', " + (withResult ? "NULL, " : "")
                    + "?, 1700000000000, 1700000060000)")) {
                insert.setString(1, SessionJson.toStored(answers));
                insert.executeUpdate();
            }
            assertEquals(version, SchemaMigrations.versionOf(old));
        }

        try (SessionStore store = SessionStore.open(db)) {
            Session session = store.get(new SessionId(1));
            assertEquals(answers, session.answers());
            assertEquals("Ana López", session.label());
            assertEquals("2025.1", session.contentVersion());
            assertEquals(1, store.list(SessionQuery.newest(10).withLabelContains("lópez")).sessions().size());
            assertEquals(session.id(), store.latestUnfinished().orElseThrow().id());
            SessionId added = store.create(answers, SessionSamples.CONTENT, "new").join();
            assertEquals(2, added.value());
        }
        try (Connection upgraded = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(SchemaMigrations.latestVersion(), SchemaMigrations.versionOf(upgraded));
        }
    }

    @Test
    void marksTheEarlierSessionsWhoseAnswersIncludeAWarningSign() throws Exception {
        Path db = dir.resolve("v4.db");
        Profile calm = SessionSamples.kneeProfile(6, "physio");
        Profile urgent = new Profile(calm.site(), calm.side(), calm.painDurationWeeks(), calm.painIntensity(),
                calm.impact(), calm.onset(), calm.diagnosis(), calm.imagingDone(), Set.of(RedFlag.SADDLE_NUMBNESS),
                calm.priorTreatments(), calm.priorities(), calm.country(), calm.insured(), calm.budget(),
                calm.willingToTravel(), calm.leaning());
        try (Connection old = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            SchemaMigrations.migrate(old, 4);
            try (PreparedStatement insert = old.prepareStatement("INSERT INTO sessions (label, status, content_version,"
                    + " answers_json, created_at, updated_at) VALUES (?, 'IN_PROGRESS', '2025.1', ?, ?, ?)")) {
                Object[][] rows = {{"calm", SessionJson.toStored(SessionSamples.full(calm))},
                        {"urgent", SessionJson.toStored(SessionSamples.full(urgent))},
                        {"not started", SessionJson.toStored(SessionAnswers.start(Mode.SELF))},
                        {"unreadable", "{not json"}};
                for (int i = 0; i < rows.length; i++) {
                    insert.setString(1, (String) rows[i][0]);
                    insert.setString(2, (String) rows[i][1]);
                    insert.setLong(3, 1700000000000L + i);
                    insert.setLong(4, 1700000000000L + i);
                    insert.executeUpdate();
                }
            }
        }

        try (SessionStore store = SessionStore.open(db)) {
            var marked = store.list(SessionQuery.newest(10)).sessions().stream()
                    .filter(SessionSummary::warningSign).map(SessionSummary::label).toList();
            assertEquals(java.util.List.of("urgent"), marked);

            SessionId calmId = new SessionId(1);
            store.saveAnswers(calmId, SessionSamples.full(urgent)).join();
            assertTrue(summary(store, calmId).warningSign(), "a warning sign answered later marks the session");
            store.saveAnswers(calmId, SessionSamples.full(calm)).join();
            assertFalse(summary(store, calmId).warningSign(), "a warning sign taken back unmarks it");
        }
    }

    private static SessionSummary summary(SessionStore store, SessionId id) {
        return store.list(SessionQuery.newest(10)).sessions().stream()
                .filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void refusesADatabaseFromANewerVersionAndLeavesItUntouched() throws Exception {
        Path db = dir.resolve("newer.db");
        try (Connection newer = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = newer.createStatement()) {
            statement.executeUpdate("CREATE TABLE future_sessions (id INTEGER PRIMARY KEY, data TEXT)");
            statement.executeUpdate("INSERT INTO future_sessions (data) VALUES ('from the future')");
            statement.executeUpdate("PRAGMA user_version = 7");
        }
        byte[] before = Files.readAllBytes(db);

        NewerSchemaException refused = assertThrows(NewerSchemaException.class, () -> SessionStore.open(db));

        assertEquals("This database was written by a newer version of Second Look (schema 7; this version knows up to "
                + SchemaMigrations.latestVersion() + "). Update Second Look to open it.", refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no file was moved aside or added");
        }
        assertTrue(Files.exists(db));
    }

    @Test
    void migrationsAreNumberedFromOneWithoutGaps() throws Exception {
        try (Connection fresh = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("fresh.db"))) {
            for (int version = 1; version <= SchemaMigrations.latestVersion(); version++) {
                SchemaMigrations.migrate(fresh, version);
                assertEquals(version, SchemaMigrations.versionOf(fresh));
            }
        }
    }
}
