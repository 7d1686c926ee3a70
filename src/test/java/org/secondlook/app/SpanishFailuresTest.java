package org.secondlook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import org.secondlook.session.DamagedDatabaseException;
import org.secondlook.session.SessionStore;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Messages;
import picocli.CommandLine;

/**
 * Real failures (a damaged sessions file, a session file that is not JSON, a PDF that cannot be written) told in
 * Spanish: on the command line with {@code --lang es}, and as a Spanish window words them, saying what to do.
 */
class SpanishFailuresTest {

    private static final Locale SPANISH = Language.SPANISH.locale(Locale.ROOT);
    /** Words of the English messages that Spanish never uses; one of them in a Spanish message is English left in. */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|is|not|could|file|folder|choose|check|nothing|was|open)\\b");

    @TempDir
    Path dir;

    private record Run(int exit, String err) {
    }

    private Run run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(options -> {
        })));
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return new Run(cli.execute(args), err.toString().strip());
    }

    private Path damagedDatabase() throws Exception {
        return Files.write(dir.resolve("sesiones.db"), "esto no es una base de datos SQLite".repeat(200)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void assertSpanishWithWhatToDo(String message, String... says) {
        assertFalse(ENGLISH.matcher(message.replaceAll("\\S*/\\S*", "")).find(), "English left in: " + message);
        for (String said : says) {
            assertTrue(message.contains(said), "expected \"" + said + "\" in: " + message);
        }
    }

    @Test
    void aDamagedSessionsFileIsToldInSpanishWithWhatToDo() throws Exception {
        Path db = damagedDatabase();
        byte[] before = Files.readAllBytes(db);
        Run listed = run("sessions", "list", "--db", db.toString(), "--lang", "es");
        assertEquals(ExitCodes.BAD_INPUT, listed.exit(), listed.err());
        assertSpanishWithWhatToDo(listed.err(), "está dañado", "Ábralo en la ventana de Second Look", "elija otro archivo");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "the damaged file was left as it was");

        DamagedDatabaseException damaged = assertThrows(DamagedDatabaseException.class, () -> SessionStore.openForCommand(db));
        String onScreen = new Messages(SPANISH).failure(damaged);
        assertSpanishWithWhatToDo(onScreen, "está dañado", "Ábralo");
        assertTrue(damaged.getMessage().contains("is damaged"), "the log keeps English: " + damaged.getMessage());
    }

    @Test
    void aSessionFileThatIsNotJsonIsRefusedInSpanish() throws Exception {
        Path db = dir.resolve("sessions.db");
        Path bad = Files.writeString(dir.resolve("sesion.json"), "{\"formatVersion\": 2, \"label\": ");
        Run imported = run("sessions", "import", bad.toString(), "--db", db.toString(), "--lang", "es");
        assertEquals(ExitCodes.BAD_INPUT, imported.exit(), imported.err());
        assertSpanishWithWhatToDo(imported.err(), "No se puede importar sesion.json", "no es JSON válido",
                "Revise que sea un archivo que exportó Second Look");

        Path unknownField = Files.writeString(dir.resolve("otra.json"), "{\"formatVersion\": 2, \"colour\": \"red\"}");
        Run refused = run("sessions", "import", unknownField.toString(), "--db", db.toString(), "--lang", "es");
        assertSpanishWithWhatToDo(refused.err(), "campo desconocido 'colour'");
        try (SessionStore store = SessionStore.open(db)) {
            assertEquals(0, store.list(org.secondlook.session.SessionQuery.newest(10)).sessions().size(), "nothing was written");
        }
    }

    @Test
    void aSummaryThatCannotBeWrittenIsToldInSpanish() throws Exception {
        Path profile = Files.writeString(dir.resolve("perfil.json"), """
                {"site": "KNEE", "side": "RIGHT", "painDurationWeeks": 30, "painIntensity": 5,
                 "diagnosis": "KNEE_OSTEOARTHRITIS", "priorities": {"AVOID_SURGERY": 3}, "country": "MEXICO"}
                """);
        Run noFolder = run("export", "--profile", profile.toString(), "--pdf", dir.resolve("falta/resumen.pdf").toString(),
                "--lang", "es");
        assertEquals(ExitCodes.BAD_INPUT, noFolder.exit(), noFolder.err());
        assertSpanishWithWhatToDo(noFolder.err(), "no existe", "Elija un archivo en una carpeta que exista");

        Path db = dir.resolve("sessions.db");
        try (SessionStore store = SessionStore.open(db)) {
            assertTrue(Files.exists(db));
        }
        Run overDatabase = run("export", "--profile", profile.toString(), "--pdf", db.toString(), "--db", db.toString(),
                "--force", "--lang", "es");
        assertEquals(ExitCodes.BAD_INPUT, overDatabase.exit(), overDatabase.err());
        assertSpanishWithWhatToDo(overDatabase.err(), "es el archivo de sesiones", "Elija otro nombre de archivo");

        Path existing = Files.writeString(dir.resolve("resumen.pdf"), "mío");
        Run taken = run("export", "--profile", profile.toString(), "--pdf", existing.toString(), "--lang", "es");
        assertSpanishWithWhatToDo(taken.err(), "ya existe", "agregue --force");
        assertEquals("mío", Files.readString(existing), "the existing file was kept");
    }

    @Test
    void theSameFailuresStayInEnglishWithoutSpanish() throws Exception {
        Run listed = run("sessions", "list", "--db", damagedDatabase().toString(), "--lang", "en");
        assertTrue(listed.err().contains("is damaged or is not a Second Look sessions database"), listed.err());
        for (String english : List.of("No se", "dañado")) {
            assertFalse(listed.err().contains(english), listed.err());
        }
    }
}
