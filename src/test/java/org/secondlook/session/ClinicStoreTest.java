package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the clinic store does: two workstations on one session, clinics kept apart, the audit log, moving in. */
class ClinicStoreTest {

    @TempDir
    Path dir;

    private ClinicAddress owner;
    private ClinicAddress drA;
    private ClinicAddress drB;

    @BeforeEach
    void twoClinics() throws Exception {
        owner = EmbeddedClinicServer.freshDatabase();
        try (ClinicSetup setup = ClinicSetup.connect(owner, null)) {
            setup.addClinician("dr_a", "Riverside Clinic", "a-secret".toCharArray());
            setup.addClinician("dr_b", "Hillside Clinic", "b-secret".toCharArray());
        }
        drA = owner.as("dr_a");
        drB = owner.as("dr_b");
    }

    @Test
    void aStaleSaveIsRefusedNotWrittenOver() {
        try (ClinicStore roomOne = ClinicStore.open(drA, null); ClinicStore roomTwo = ClinicStore.open(drA, null)) {
            SessionId id = roomOne.create(SessionSamples.full(), SessionSamples.CONTENT, "Ana").join();
            roomTwo.get(id);
            roomOne.saveAnswers(id, SessionSamples.full(SessionSamples.kneeProfile(3, "from room one"))).join();

            CompletionException refused = assertThrows(CompletionException.class,
                    () -> roomTwo.saveAnswers(id, SessionSamples.full(SessionSamples.kneeProfile(9, "from room two"))).join());
            StaleSessionException stale = assertInstanceOf(StaleSessionException.class, refused.getCause());
            assertEquals(id, stale.session());
            assertTrue(stale.getMessage().contains("Reload the session"), stale.getMessage());
            assertEquals("from room one", roomOne.get(id).answers().profile().leaning());

            // After reloading, room two sees room one's change and may save over it.
            assertEquals("from room one", roomTwo.get(id).answers().profile().leaning());
            roomTwo.saveAnswers(id, SessionSamples.full(SessionSamples.kneeProfile(9, "from room two"))).join();
            assertEquals("from room two", roomOne.get(id).answers().profile().leaning());
        }
    }

    @Test
    void aClinicianSeesAndChangesOnlyTheirClinicsSessions() throws Exception {
        SessionId riverside;
        try (ClinicStore a = ClinicStore.open(drA, null)) {
            riverside = a.create(SessionSamples.full(), SessionSamples.CONTENT, "Riverside patient").join();
        }
        try (ClinicStore b = ClinicStore.open(drB, null)) {
            assertTrue(b.find(riverside).isEmpty());
            assertTrue(b.list(SessionQuery.newest(10)).sessions().isEmpty());
            assertTrue(b.list(SessionQuery.newest(10).withLabelContains("Riverside")).sessions().isEmpty());
            assertTrue(b.latestUnfinished().isEmpty());
            CompletionException e = assertThrows(CompletionException.class,
                    () -> b.saveAnswers(riverside, SessionAnswers.start(Mode.SELF)).join());
            assertInstanceOf(NoSuchSessionException.class, e.getCause());
            assertFalse(b.delete(riverside).join().found());
        }
        try (Connection b = connect(drB); Statement sql = b.createStatement()) {
            assertEquals(0, count(sql, "SELECT count(*) FROM sessions"));
            assertEquals(0, count(sql, "SELECT count(*) FROM audit_log"));
            SQLException notOwner = assertThrows(SQLException.class,
                    () -> sql.execute("ALTER TABLE sessions DISABLE ROW LEVEL SECURITY"));
            assertEquals("42501", notOwner.getSQLState());
            SQLException otherClinic = assertThrows(SQLException.class, () -> sql.execute(
                    "INSERT INTO sessions (clinic, status, content_version, answers_json, created_at, updated_at)"
                            + " VALUES ('Riverside Clinic', 'IN_PROGRESS', '1', '{}', 0, 0)"));
            assertEquals("42501", otherClinic.getSQLState());
            SQLException noClinicians = assertThrows(SQLException.class,
                    () -> sql.executeQuery("SELECT * FROM clinicians"));
            assertEquals("42501", noClinicians.getSQLState());
        }
        try (Connection a = connect(drA); Statement sql = a.createStatement()) {
            assertEquals(1, count(sql, "SELECT count(*) FROM sessions"));
            assertEquals(0, count(sql, "SELECT count(*) FROM pg_tables WHERE tablename IN ('sessions', 'audit_log')"
                    + " AND tableowner IN ('dr_a', 'dr_b')"), "the clinicians' roles own no table");
            assertEquals(2, count(sql, "SELECT count(*) FROM pg_class WHERE relname IN ('sessions', 'audit_log')"
                    + " AND relrowsecurity AND relforcerowsecurity"));
        }
    }

    @Test
    void everyActionLeavesAnAuditLineThatCannotBeChanged() throws Exception {
        SessionId id;
        try (ClinicStore a = ClinicStore.open(drA, null)) {
            id = a.create(SessionAnswers.start(Mode.CLINICIAN), SessionSamples.CONTENT, "Ana").join();
            a.get(id);
            a.saveAnswers(id, SessionSamples.full()).join();
            a.recordPrinted(id);
            a.exportTo(id, dir.resolve("ana.json"), false);
            a.delete(id).join();
        }
        try (ClinicSetup asA = ClinicSetup.connect(drA, null)) {
            List<ClinicSetup.AuditEntry> lines = asA.audit(Optional.of(id));
            assertEquals(List.of("CREATED", "OPENED", "CHANGED", "PRINTED", "OPENED", "EXPORTED", "DELETED"),
                    lines.stream().map(ClinicSetup.AuditEntry::action).toList());
            assertTrue(lines.stream().allMatch(line -> line.clinician().equals("dr_a")
                    && line.clinic().equals("Riverside Clinic") && line.session().equals(id)));
        }
        try (ClinicSetup asB = ClinicSetup.connect(drB, null)) {
            assertTrue(asB.audit(Optional.empty()).isEmpty(), "another clinic's audit is not shown");
        }
        try (Connection tablesOwner = connect(owner); Statement sql = tablesOwner.createStatement()) {
            assertEquals(0, sql.executeUpdate("DELETE FROM audit_log"), "row-level security hides every line");
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("TRUNCATE audit_log"));
            assertTrue(refused.getMessage().contains("insert-only"), refused.getMessage());
        }
        try (Connection superuser = EmbeddedClinicServer.shared().getDatabase("postgres", owner.database())
                .getConnection(); Statement sql = superuser.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> sql.execute("DELETE FROM audit_log"));
            assertTrue(refused.getMessage().contains("insert-only"), refused.getMessage());
            assertEquals(7, count(sql, "SELECT count(*) FROM audit_log"));
        }
        try (Connection a = connect(drA); Statement sql = a.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> sql.execute("UPDATE audit_log SET action = 'OPENED'"));
            assertEquals("42501", refused.getSQLState());
        }
    }

    @Test
    void migratingALaptopsHistoryCopiesEverythingOnce() {
        Path laptop = dir.resolve("sessions.db");
        try (SessionStore home = SessionStore.open(laptop)) {
            for (int i = 0; i < 30; i++) {
                home.createCompleted(SessionSamples.full(SessionSamples.kneeProfile(i % 11, "visit " + i)),
                        SessionSamples.CONTENT, "laptop " + i);
            }
            home.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, null).join();
        }
        try (SessionStore home = SessionStore.open(laptop); ClinicStore clinic = ClinicStore.open(drA, null)) {
            assertEquals(new SessionMigration.Result(31, 0), SessionMigration.copy(home, clinic));
            assertEquals(new SessionMigration.Result(0, 31), SessionMigration.copy(home, clinic));
            List<SessionSummary> copied = clinic.list(SessionQuery.newest(100)).sessions();
            assertEquals(31, copied.size());
            assertEquals(home.list(SessionQuery.newest(100)).sessions().stream()
                            .map(s -> List.of(String.valueOf(s.label()), s.createdAt(), s.status())).toList(),
                    copied.stream().map(s -> List.of(String.valueOf(s.label()), s.createdAt(), s.status())).toList());
            SessionSummary newest = copied.get(0);
            assertEquals(home.get(home.list(SessionQuery.newest(1)).sessions().get(0).id()).answers(),
                    clinic.get(newest.id()).answers());
        }
    }

    @Test
    void otherWorkstationsHearOfChangesToRefreshTheirHistory() throws Exception {
        try (ClinicStore here = ClinicStore.open(drA, null); ClinicStore there = ClinicStore.open(drA, null)) {
            Semaphore heard = new Semaphore(0);
            try (AutoCloseable listening = there.onChanged(heard::release)) {
                SessionId id = here.create(SessionSamples.full(), SessionSamples.CONTENT, "Ana").join();
                assertTrue(heard.tryAcquire(1, TimeUnit.MINUTES), "a new session is heard");
                here.relabel(id, "Ana G.").join();
                assertTrue(heard.tryAcquire(1, TimeUnit.MINUTES), "a change is heard");
                here.delete(id).join();
                assertTrue(heard.tryAcquire(1, TimeUnit.MINUTES), "a deletion is heard");
            }
        }
    }

    @Test
    void settingUpAgainChangesNothing() {
        try (ClinicSetup setup = ClinicSetup.connect(owner, null)) {
            assertEquals(0, setup.init());
            assertFalse(setup.addClinician("dr_a", "Riverside Clinic", "new-secret".toCharArray()));
            IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                    () -> setup.addClinician("dr_a", "Hillside Clinic", "x".toCharArray()));
            assertTrue(other.getMessage().contains("already a clinician of Riverside Clinic"), other.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> setup.addClinician("Robert'); DROP TABLE sessions;--", "Riverside Clinic", "x".toCharArray()));
        }
    }

    @Test
    void aLoginThatIsNoClinicianIsToldWhatToDo() {
        StoreException refused = assertThrows(StoreException.class, () -> ClinicStore.open(owner, null));
        assertTrue(refused.getMessage().contains("add-clinician"), refused.getMessage());
    }

    @Test
    void aServerThatCannotBeReachedIsSaidInWords() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ClinicAddress nowhere = new ClinicAddress("localhost", closedPort, "second_look", "dr_a", "disable");
        ServerUnreachableException e = assertThrows(ServerUnreachableException.class,
                () -> ClinicStore.open(nowhere, null));
        assertTrue(e.getMessage().contains("cannot be reached"), e.getMessage());
    }

    private static Connection connect(ClinicAddress address) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), address.user(), null);
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }
}
