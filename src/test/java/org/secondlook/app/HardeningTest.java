package org.secondlook.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import org.secondlook.session.DataLocations;
import org.secondlook.session.StoreFailures;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import picocli.CommandLine;

/**
 * Issue 16, case by case, on real files: what users and machines really do to paths, files and input. Every refused
 * command exits 2 with one plain line and leaves every file that was there byte for byte as it was.
 */
class HardeningTest {

    static final String PROFILE = """
            {"site": "KNEE", "side": "RIGHT", "painDurationWeeks": 30, "painIntensity": 5,
             "diagnosis": "KNEE_OSTEOARTHRITIS", "priorities": {"AVOID_SURGERY": 3}, "country": "UK",
             "leaning": "exercise-therapy"}
            """;

    @TempDir
    Path dir;

    Path db;
    Path profile;

    record Run(int exit, String out, String err) {
    }

    interface Setup {
        String[] args(HardeningTest t) throws Exception;
    }

    interface Check {
        void after(HardeningTest t, Run run) throws Exception;
    }

    /**
     * One row: how to set up and what to run, the exit code, a part of the message, whether every file must stay
     * byte for byte as it was, and what else must hold.
     */
    record Case(String name, Setup setup, int exit, String message, boolean keepsFiles, Check check) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void oneSavedSession() throws IOException {
        db = dir.resolve("sessions.db");
        profile = Files.writeString(dir.resolve("profile.json"), PROFILE);
        Run saved = run("recommend", "--profile", profile.toString(), "--save", "--label", "Ana Secretlabel",
                "--db", db.toString());
        assertEquals(0, saved.exit(), saved.err());
        assertEquals("1", saved.out().strip());
    }

    static Stream<Case> cases() {
        return Stream.of(
                // 1. never over the open database or its companion files
                refused("1: export --pdf onto the database", t -> args("export", "--session", "1", "--pdf", t.db,
                        "--db", t.db), "is the sessions database"),
                refused("1: export --pdf onto its -wal file", t -> args("export", "--session", "1", "--pdf",
                        t.dir.resolve("sessions.db-wal"), "--force", "--db", t.db), "is the sessions database"),
                refused("1: export --pdf onto the database by another spelling", t -> args("export", "--session", "1",
                        "--pdf", t.dir.resolve(".").resolve("sessions.db"), "--force", "--db", t.db),
                        "is the sessions database"),
                refused("1: sessions export onto the database", t -> args("sessions", "export", "1", t.db, "--force",
                        "--db", t.db), "is the sessions database"),
                refused("1: export --profile onto the database", t -> args("export", "--profile", t.profile, "--pdf",
                        t.db, "--force", "--db", t.db), "is the sessions database"),
                // 2. the command line never moves a damaged or foreign file aside
                refused("2: recommend --save into a text file", t -> {
                    Files.writeString(t.dir.resolve("notes.txt"), "my notes\n");
                    return args("recommend", "--profile", t.profile, "--save", "--db", t.dir.resolve("notes.txt"));
                }, "is damaged or is not a Second Look sessions database"),
                refused("2: export from a damaged database", t -> {
                    byte[] noise = new byte[64 * 1024];
                    new Random(5).nextBytes(noise);
                    Files.write(t.dir.resolve("damaged.db"), noise);
                    return args("export", "--session", "5", "--pdf", t.dir.resolve("out.pdf"), "--db",
                            t.dir.resolve("damaged.db"));
                }, "is damaged or is not a Second Look sessions database"),
                refused("2: list another program's database", t -> {
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + t.dir.resolve("other.db"));
                         Statement s = c.createStatement()) {
                        s.executeUpdate("CREATE TABLE contacts (name TEXT)");
                    }
                    return args("sessions", "list", "--db", t.dir.resolve("other.db"));
                }, "is not a Second Look sessions database"),
                // 4. the global --db is honoured, never another file
                new Case("4: --db before the command is the database used", t -> args("--db=" + t.dir.resolve("g.db"),
                        "recommend", "--profile", t.profile, "--save"), 0, "", false, (t, run) -> {
                            Run list = t.run("sessions", "list", "--db", t.dir.resolve("g.db").toString());
                            assertTrue(list.out().lines().count() == 2, list.out());
                        }),
                new Case("4: --db before sessions list", t -> args("--db=" + t.db, "sessions", "list"), 0, "", false,
                        (t, run) -> assertTrue(run.out().contains("Secretlabel"), run.out())),
                refused("4: --db given twice, differently", t -> args("--db=" + t.dir.resolve("a.db"), "sessions",
                        "list", "--db", t.db), "--db is given twice"),
                // 5. a read-only database stays read-only
                new Case("5: list a read-only database", t -> {
                    readOnly(t.db);
                    return args("sessions", "list", "--db", t.db);
                }, 0, "", true, (t, run) -> {
                    assertTrue(run.out().contains("Secretlabel"), run.out());
                    assertEquals("r--r--r--", mode(t.db));
                }),
                refused("5: save into a read-only database", t -> {
                    readOnly(t.db);
                    return args("recommend", "--profile", t.profile, "--save", "--db", t.db);
                }, "is read-only"),
                refused("5: delete from a read-only database", t -> {
                    readOnly(t.db);
                    return args("sessions", "delete", "1", "--db", t.db);
                }, "is read-only"),
                // 6. outputs are owner-only
                new Case("6: the PDF is owner-only", t -> args("export", "--profile", t.profile, "--pdf",
                        t.dir.resolve("out.pdf")), 0, "", false, (t, run) -> {
                            assertEquals("rw-------", mode(t.dir.resolve("out.pdf")));
                            assertTrue(Files.readString(t.dir.resolve("out.pdf"), StandardCharsets.ISO_8859_1)
                                    .startsWith("%PDF"));
                        }),
                new Case("6: the exported session is owner-only", t -> args("sessions", "export", "1",
                        t.dir.resolve("out.json"), "--db", t.db), 0, "", false,
                        (t, run) -> assertEquals("rw-------", mode(t.dir.resolve("out.json")))),
                // 7. never through a link, a device or a folder; a planted temporary name is never used
                refused("7: the output is a link another user planted", t -> {
                    Files.createDirectory(t.dir.resolve("shared"));
                    Files.writeString(t.dir.resolve("victim.txt"), "root only\n");
                    Files.createSymbolicLink(t.dir.resolve("shared/summary.pdf"), t.dir.resolve("victim.txt"));
                    return args("export", "--profile", t.profile, "--pdf", t.dir.resolve("shared/summary.pdf"), "--force");
                }, "is a link"),
                new Case("7: a link planted at the old temporary name is not followed", t -> {
                    Files.createDirectory(t.dir.resolve("shared"));
                    Files.writeString(t.dir.resolve("victim.txt"), "root only\n");
                    Files.createSymbolicLink(t.dir.resolve("shared/summary.pdf.part"), t.dir.resolve("victim.txt"));
                    return args("export", "--profile", t.profile, "--pdf", t.dir.resolve("shared/summary.pdf"));
                }, 0, "", false, (t, run) -> {
                    assertEquals("root only\n", Files.readString(t.dir.resolve("victim.txt")));
                    assertTrue(Files.isRegularFile(t.dir.resolve("shared/summary.pdf"), LinkOption.NOFOLLOW_LINKS));
                }),
                refused("7: the output is a device", t -> args("export", "--profile", t.profile, "--pdf",
                        Path.of("/dev/null"), "--force"), "is a device or special file"),
                refused("7: the output is a folder", t -> args("export", "--profile", t.profile, "--pdf", t.dir,
                        "--force"), "is a folder"),
                // 8. no overwrite without --force
                refused("8: export --pdf over an existing file", t -> {
                    Files.writeString(t.dir.resolve("out.pdf"), "my old summary");
                    return args("export", "--profile", t.profile, "--pdf", t.dir.resolve("out.pdf"));
                }, "already exists"),
                new Case("8: export --pdf --force replaces it", t -> {
                    Files.writeString(t.dir.resolve("out.pdf"), "my old summary");
                    return args("export", "--profile", t.profile, "--pdf", t.dir.resolve("out.pdf"), "--force");
                }, 0, "", false, (t, run) -> assertTrue(Files.readString(t.dir.resolve("out.pdf"), StandardCharsets.ISO_8859_1)
                        .startsWith("%PDF"))),
                refused("8: sessions export over an existing file", t -> {
                    Files.writeString(t.dir.resolve("out.json"), "{}");
                    return args("sessions", "export", "1", t.dir.resolve("out.json"), "--db", t.db);
                }, "already exists"),
                // 9. no control characters in labels; nothing unprintable reaches the terminal
                refused("9: a label with ESC", t -> args("recommend", "--profile", t.profile, "--save", "--label",
                        "Ana\u001b[2J", "--db", t.db), "control characters"),
                refused("9: a label with CR and a fake row", t -> args("recommend", "--profile", t.profile, "--save",
                        "--label", "Ana\r2        2026-01-01 00:00 COMPLETED", "--db", t.db), "control characters"),
                refused("9: an imported label with BEL", t -> args("sessions", "import",
                        t.exported(j -> j.put("label", "Ana\u0007")), "--db", t.db), "control characters"),
                new Case("9: a control character already stored is shown escaped", t -> {
                    t.sql("UPDATE sessions SET label = 'Ana' || char(27) || '[2J' || char(0) WHERE id = 1");
                    return args("sessions", "list", "--db", t.db);
                }, 0, "", false, (t, run) -> {
                    assertTrue(run.out().contains("Ana\\u001B[2J\\u0000"), run.out());
                    assertTrue(run.out().chars().noneMatch(c -> c == 27 || c == 0), run.out());
                }),
                // 11. bad input: limits, regular files only, dates in range
                refused("11: a profile nested 100,000 deep", t -> args("recommend", "--profile",
                        t.file("deep.json", "{\"site\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}")),
                        "nested too deeply"),
                refused("11: a 100,000-digit number", t -> args("recommend", "--profile",
                        t.file("digits.json", "{\"painIntensity\": " + "9".repeat(100_000) + "}")), "far too long"),
                refused("11: a 5 MB key", t -> args("recommend", "--profile",
                        t.file("key.json", "{\"" + "k".repeat(5_000_000) + "\": 1}")), "far too long"),
                refused("11: --profile /dev/zero", t -> args("recommend", "--profile", Path.of("/dev/zero")),
                        "not a normal file"),
                refused("11: --profile a FIFO", t -> {
                    Path fifo = t.dir.resolve("fifo");
                    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
                    return args("recommend", "--profile", fifo);
                }, "not a normal file"),
                refused("11: --profile a folder", t -> args("recommend", "--profile", t.dir), "is a folder"),
                refused("11: an import dated in the year 999,999,999", t -> args("sessions", "import",
                        t.exported(j -> j.put("createdAt", "+999999999-12-31T23:59:59Z")), "--db", t.db),
                        "from the year 2000 to 9999"),
                // 12. one set of rules for every way in
                refused("12: a profile with 101 treatments tried", t -> args("recommend", "--profile", t.file("many.json",
                        PROFILE.replace("\"leaning\"", "\"priorTreatments\": ["
                                + String.join(",", java.util.Collections.nCopies(101,
                                        "{\"option\": \"yoga\", \"outcome\": \"HELPED\"}")) + "], \"leaning\""))),
                        "at most 100"),
                refused("12: a 6 MB profile", t -> args("recommend", "--profile",
                        t.file("big.json", PROFILE + " ".repeat(6 * 1024 * 1024))), "larger than 5 MB"),
                refused("12: an import with an unknown option id", t -> args("sessions", "import",
                        t.exported(j -> ((ObjectNode) j.get("answers").get("profile")).put("leaning", "magic-beans")),
                        "--db", t.db), "is not an option id"),
                // 13. plain messages, short quotes, the same exit code for the same cause
                refused("13: a folder as --db", t -> args("sessions", "list", "--db", t.dir), "is a folder"),
                refused("13: a folder as --db for recommend", t -> args("recommend", "--profile", t.profile, "--save",
                        "--db", t.dir), "is a folder"),
                refused("13: a 4 MB bad value is quoted short", t -> args("recommend", "--profile", t.file("value.json",
                        PROFILE.replace("\"KNEE\"", "\"" + "K".repeat(4_000_000) + "\""))), "is not one of"),
                refused("13: a huge --limit is quoted short", t -> args("sessions", "list", "--limit", "9".repeat(100_000),
                        "--db", t.db), "--limit must be"));
    }

    private static Case refused(String name, Setup setup, String message) {
        return new Case(name, setup, ExitCodes.BAD_INPUT, message, true, (t, run) -> {
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCase(Case c) throws Exception {
        String[] args = c.setup().args(this);
        Map<Path, String> before = snapshot();
        Run run = run(args);
        assertEquals(c.exit(), run.exit(), c.name() + ": " + run.err());
        if (c.exit() != 0) {
            assertOneFriendlyLine(run.err(), c.message());
        } else {
            assertTrue(run.err().isEmpty(), run.err());
        }
        if (c.keepsFiles()) {
            assertEquals(before, without(snapshot(), before), c.name() + ": every file is as it was, and nothing was added");
        }
        c.check().after(this, run);
    }

    @Test
    void deleteWithAnotherReaderOpenSaysTheDataIsNotWipedYetAndWipesItOnceTheReaderCloses() throws Exception {
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            reader.setAutoCommit(false);
            try (Statement s = reader.createStatement(); ResultSet rows = s.executeQuery("SELECT label FROM sessions")) {
                assertTrue(rows.next());
                Run deleted = run("sessions", "delete", "1", "--db", db.toString());
                assertEquals(0, deleted.exit(), deleted.err());
                assertTrue(deleted.out().contains("stays in the file until that one closes"), deleted.out());
            }
            reader.rollback();
        }
        Run list = run("sessions", "list", "--db", db.toString());
        assertTrue(list.out().contains("No saved sessions"), list.out());
        for (Path file : List.of(db, dir.resolve("sessions.db-wal"))) {
            if (Files.exists(file)) {
                assertFalse(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("Secretlabel"),
                        file + " still holds the deleted label");
            }
        }
        Run again = run("sessions", "delete", "1", "--db", db.toString());
        assertEquals(ExitCodes.BAD_INPUT, again.exit());
    }

    @Test
    void deleteWithoutOtherReadersWipesAtOnce() throws Exception {
        Run deleted = run("sessions", "delete", "1", "--db", db.toString());
        assertEquals("Deleted session 1", deleted.out().strip());
        assertFalse(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1).contains("Secretlabel"));
    }

    @ParameterizedTest(name = "a data folder that was {0} becomes rwx------")
    @MethodSource("folderModes")
    void theDataFolderIsMadeOwnerOnly(String mode) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("second-look"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(mode));
        new DataLocations(folder).ensureDirectory();
        assertEquals("rwx------", mode(folder));
    }

    static Stream<String> folderModes() {
        return Stream.of("rwxr-xr-x", "rwxrwxrwx", "rwxr-x---", "rwx------");
    }

    @Test
    void aDatabaseElsewhereLeavesItsFolderAlone() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(0, run("sessions", "list", "--db", shared.resolve("s.db").toString()).exit());
        assertEquals("rwxr-xr-x", mode(shared));
        assertEquals("rw-------", mode(shared.resolve("s.db")));
    }

    @Test
    void aForgottenValueIsNotTakenFromTheNextOption() throws Exception {
        Path wrongFile = Path.of("--frob").toAbsolutePath();
        try {
            Run run = run("sessions", "list", "--db", "--frob");
            assertEquals(ExitCodes.BAD_INPUT, run.exit());
            assertTrue(run.err().contains("--frob"), run.err());
            assertFalse(Files.exists(wrongFile), "no database called --frob");
        } finally {
            Files.deleteIfExists(wrongFile);
        }
    }

    /** 13: the causes the library names in its own words, in plain words with what to do. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("libraryFailures")
    void libraryFailuresAreSaidPlainly(String what, Exception failure, String plain) {
        String message = StoreFailures.plain(StoreFailures.phrase("do.save", "4"), failure).english();
        assertTrue(message.contains(plain), message);
        assertFalse(message.contains("SQLITE") || message.contains("xShmMap") || message.contains("transaction"), message);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> libraryFailures() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("disk full in SQLite",
                        new SQLiteException("[SQLITE_FULL] database or disk is full", SQLiteErrorCode.SQLITE_FULL),
                        "The disk is full. Free some space and try again; nothing was lost.".substring(4)),
                org.junit.jupiter.params.provider.Arguments.of("disk full while writing a file",
                        new IOException("No space left on device"), "disk is full"),
                org.junit.jupiter.params.provider.Arguments.of("shared memory error",
                        new SQLiteException("[SQLITE_IOERR_SHMSIZE] I/O error within xShmMap",
                                SQLiteErrorCode.SQLITE_IOERR_SHMSIZE), "the disk or file system reported a problem"),
                org.junit.jupiter.params.provider.Arguments.of("busy",
                        new SQLiteException("[SQLITE_BUSY] database is locked", SQLiteErrorCode.SQLITE_BUSY),
                        "another Second Look window"),
                org.junit.jupiter.params.provider.Arguments.of("no transaction",
                        new java.sql.SQLException("cannot commit - no transaction is active"),
                        "could not be read or written"));
    }

    // ---- helpers ----

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(options -> {
        })));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static String[] args(Object... parts) {
        return Stream.of(parts).map(String::valueOf).toArray(String[]::new);
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    interface JsonEdit {
        void apply(ObjectNode json);
    }

    /** Session 1 exported, then changed by {@code edit}. */
    Path exported(JsonEdit edit) throws IOException {
        Path file = dir.resolve("export-" + System.nanoTime() + ".json");
        Run exported = run("sessions", "export", "1", file.toString(), "--db", db.toString());
        assertEquals(0, exported.exit(), exported.err());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
        edit.apply(json);
        Files.delete(file);
        return Files.writeString(file, mapper.writeValueAsString(json));
    }

    void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }

    private static void readOnly(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
    }

    static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    /** Every file under the test folder: its mode and its bytes (or where a link points), not following links. */
    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.toList()) {
                String state;
                if (Files.isSymbolicLink(path)) {
                    state = "link to " + Files.readSymbolicLink(path);
                } else if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
                    byte[] bytes = Files.readAllBytes(path);
                    state = mode(path) + " " + bytes.length + " " + java.util.Arrays.hashCode(bytes);
                } else {
                    state = mode(path) + " folder or special";
                }
                files.put(path, state);
            }
        }
        return files;
    }

    /**
     * The files after the command, less the log files SQLite keeps next to a database while it is open; any other
     * new file (a temporary file left behind, a renamed database) shows up as a difference.
     */
    private static Map<Path, String> without(Map<Path, String> after, Map<Path, String> before) {
        Map<Path, String> kept = new TreeMap<>(after);
        kept.keySet().removeIf(path -> !before.containsKey(path)
                && (path.toString().endsWith("-wal") || path.toString().endsWith("-shm")));
        return kept;
    }

    private static void assertOneFriendlyLine(String err, String expected) {
        List<String> lines = new ArrayList<>(err.strip().lines().toList());
        assertEquals(1, lines.size(), err);
        String line = lines.get(0);
        assertTrue(line.startsWith("second-look: "), line);
        assertTrue(line.contains(expected), "expected '" + expected + "' in: " + line);
        assertTrue(line.length() < 1000, "the message quotes at most a short part of a bad value: " + line.length());
        assertFalse(line.contains("Exception") || line.contains("\tat ") || line.contains("SQLITE")
                || line.contains("Jackson") || line.contains("StreamRead") || line.contains("JsonLocation"), line);
        assertTrue(line.chars().noneMatch(ch -> ch < 0x20), "no control characters reach the terminal: " + line);
    }

    @Test
    void theFilesBeforeEachCaseAreKeptByteForByte() throws Exception {
        byte[] database = Files.readAllBytes(db);
        assertEquals(ExitCodes.BAD_INPUT, run("export", "--session", "1", "--pdf", db.toString(), "--force",
                "--db", db.toString()).exit());
        assertArrayEquals(database, Files.readAllBytes(db));
    }
}
