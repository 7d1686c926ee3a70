package org.secondlook.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import org.secondlook.app.cli.VersionProvider;
import org.secondlook.text.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class CommandLineTest {

    private final List<GuiOptions> guiStarts = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(guiStarts::add)));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(0, run("--version"));
        assertEquals("Second Look " + VersionProvider.version(), out.toString().strip());
        assertTrue(VersionProvider.version().matches("\\d+\\.\\d+\\.\\d+"), VersionProvider.version());
    }

    @Test
    void helpListsTheGuiOptions() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("--startup-probe"));
        assertTrue(guiStarts.isEmpty());
    }

    @Test
    void noArgumentsStartsTheWindow() {
        assertEquals(0, run());
        assertEquals(List.of(new GuiOptions(null, null, null, false, false)), guiStarts);
    }

    @Test
    void startupProbeIsPassedToTheWindow() {
        assertEquals(0, run("--startup-probe"));
        assertTrue(guiStarts.get(0).startupProbe());
    }

    @Test
    void aotTrainingIsPassedToTheWindowButNotListed() {
        assertEquals(0, run("--aot-training"));
        assertTrue(guiStarts.get(0).aotTraining());
        assertFalse(guiStarts.get(0).startupProbe());
        run("--help");
        assertFalse(out.toString().contains("--aot-training"), out.toString());
    }

    @Test
    void unknownOptionIsBadUsageOnOneLine() {
        assertEquals(2, run("--frobnicate"));
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("--frobnicate"), message);
        assertTrue(message.contains("--help"), message);
        assertTrue(guiStarts.isEmpty());
    }

    @Test
    void helpIsInSpanishWithLangEs() {
        assertEquals(0, run("sessions", "list", "--help", "--lang", "es"));
        String help = out.toString().replaceAll("\\s+", " "); // as read, whatever the line breaks
        assertTrue(help.startsWith("Uso: second-look sessions list"), help);
        assertTrue(help.contains("Lista las sesiones guardadas, las más nuevas primero."), help);
        assertTrue(help.contains("Muestra como mucho N sesiones (de 1 a 1000; si no se da, 50)."), help);
        assertTrue(help.contains("Muestra esta ayuda y termina."), help);
        assertFalse(help.contains("Show") || help.contains("sessions whose"), help);
    }

    @Test
    void aGroupsLangWordsItsHelpAndIsHandedToTheCommandThatRuns() {
        assertEquals(0, run("sessions", "--lang", "es"));
        assertTrue(out.toString().contains("Comandos:") && out.toString().contains("Borra una sesión para siempre."),
                out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("knowledge", "--lang", "es", "validate"));
        assertTrue(out.toString().startsWith("Bien: contenido"), out.toString());
    }

    @Test
    void theTopCommandsHelpFollowsLangTooThoughItTakesNoLang() {
        assertEquals(0, run("--lang", "es", "--help"));
        assertTrue(out.toString().startsWith("Uso: second-look [-hV]"), out.toString());
        assertTrue(out.toString().contains("Sin un comando, abre la ventana de Second Look."), out.toString());
        assertTrue(guiStarts.isEmpty());
    }

    @Test
    void helpStaysInEnglishWithLangEn() {
        assertEquals(0, run("sessions", "show", "--help", "--lang", "en"));
        String help = out.toString();
        assertTrue(help.startsWith("Usage: second-look sessions show [-h] [--json] [--db=PATH] [--lang=en|es]"), help);
        assertTrue(help.contains("The session id, as 'sessions list' shows it."), help);
        assertTrue(help.contains("Show this help message and exit."), help);
    }

    /** Every command and every option it lists has a description in every language (a language file never falls back to another). */
    @Test
    void everyCommandAndOptionHasHelpInEveryLanguage() {
        for (Language language : Language.values()) {
            CommandLine cli = ExitCodes.install(new CommandLine(new SecondLookCommand(guiStarts::add)));
            cli.setOut(new PrintWriter(out, true));
            cli.execute("knowledge", "validate", "--help", "--lang", language.tag());
            List<String> missing = new ArrayList<>();
            assertHelp(cli.getCommandSpec(), missing);
            assertEquals(List.of(), missing, language + ": no help text for these");
        }
    }

    private static void assertHelp(CommandSpec command, List<String> missing) {
        if (command.usageMessage().description().length == 0) {
            missing.add(command.qualifiedName());
        }
        command.args().stream().filter(arg -> !arg.hidden() && arg.description().length == 0)
                .forEach(arg -> missing.add(command.qualifiedName() + " " + arg));
        command.subcommands().values().forEach(sub -> assertHelp(sub.getCommandSpec(), missing));
    }

    @Test
    void parseFailuresAreInSpanishWithLangEsAndKeepTheirExitCode() {
        String[][] cases = {
                {"sessions", "list", "--frobnicate", "--lang", "es"},
                {"sessions", "list", "--lang", "es", "--frobnicate"},
                {"sessions", "show", "--lang=es"},
                {"sessions", "export", "--lang", "es"},
                {"sessions", "list", "--lang", "es", "--db"},
                {"sessions", "migrate", "--lang", "es"},
                {"export", "--lang", "es"},
                {"export", "--session", "1", "--profile", "p.json", "--lang", "es"},
                {"export", "--session", "1", "--paper", "B5", "--lang", "es"},
                {"sessions", "list", "--db", "a.db", "--db", "b.db", "--lang", "es"},
                {"sessions", "list", "--json=sí", "--lang", "es"},
                {"sessions", "lsit", "--lang", "es"},
                {"export", "--session", "1", "--session", "2", "--lang", "es"},
        };
        String[] expected = {
                "Opción desconocida: '--frobnicate' (vea 'second-look sessions list --help')",
                "Opción desconocida: '--frobnicate' (vea 'second-look sessions list --help')",
                "Falta un valor obligatorio: 'ID' (vea 'second-look sessions show --help')",
                "Faltan valores obligatorios: 'ID', 'FILE' (vea 'second-look sessions export --help')",
                "Falta el valor de la opción '--db' (PATH) (vea 'second-look sessions list --help')",
                "Faltan opciones obligatorias: '--from=FILE', '--to=URL' (vea 'second-look sessions migrate --help')",
                "Falta uno de estos (dé solo uno): (--session=ID | --profile=FILE) (vea 'second-look export --help')",
                "--session=ID, --profile=FILE no pueden ir juntos (dé solo uno) (vea 'second-look export --help')",
                "Valor no válido para '--paper' (A4|LETTER): 'B5'. Use uno de estos: A4, LETTER (vea 'second-look export --help')",
                "La opción '--db' (PATH) solo se puede dar una vez (vea 'second-look sessions list --help')",
                "Valor no válido para '--json': 'sí' (vea 'second-look sessions list --help')",
                "Sobra un valor: 'lsit' (vea 'second-look sessions --help')",
                "Dé uno de estos, una sola vez: (--session=ID | --profile=FILE) (vea 'second-look export --help')",
        };
        for (int i = 0; i < cases.length; i++) {
            err.getBuffer().setLength(0);
            assertEquals(ExitCodes.BAD_INPUT, run(cases[i]), String.join(" ", cases[i]));
            assertEquals("second-look: " + expected[i], err.toString().strip(), String.join(" ", cases[i]));
        }
        assertTrue(guiStarts.isEmpty());
    }

    @Test
    void parseFailuresStayInEnglishWithLangEn() {
        String[][] cases = {
                {"sessions", "list", "--frobnicate", "--lang", "en"},
                {"sessions", "export", "--lang", "en"},
                {"sessions", "list", "--lang", "en", "--db"},
                {"sessions", "migrate", "--lang", "en"},
                {"export", "--lang", "en"},
        };
        String[] expected = {
                "Unknown option: '--frobnicate' (see 'second-look sessions list --help')",
                "Missing required parameters: 'ID', 'FILE' (see 'second-look sessions export --help')",
                "Missing required parameter for option '--db' (PATH) (see 'second-look sessions list --help')",
                "Missing required options: '--from=FILE', '--to=URL' (see 'second-look sessions migrate --help')",
                "Missing required argument (specify one of these): (--session=ID | --profile=FILE) (see 'second-look export --help')",
        };
        for (int i = 0; i < cases.length; i++) {
            err.getBuffer().setLength(0);
            assertEquals(ExitCodes.BAD_INPUT, run(cases[i]), String.join(" ", cases[i]));
            assertEquals("second-look: " + expected[i], err.toString().strip(), String.join(" ", cases[i]));
        }
    }

    /** Without a --lang that names a language, a failure is told in the system's language, as every other text is. */
    @Test
    void withoutLangAParseFailureFollowsTheSystemLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("es-MX"));
            assertEquals(ExitCodes.BAD_INPUT, run("--frobnicate"));
            assertEquals("second-look: Opción desconocida: '--frobnicate' (vea 'second-look --help')", err.toString().strip());
            err.getBuffer().setLength(0);
            assertEquals(ExitCodes.BAD_INPUT, run("sessions", "list", "--lang", "fr"));
            assertEquals("second-look: Valor no válido para '--lang' (en|es): 'fr' no es un idioma de Second Look. Use uno"
                    + " de estos: en, es (vea 'second-look sessions list --help')", err.toString().strip());
            out.getBuffer().setLength(0);
            assertEquals(0, run("--help"));
            assertTrue(out.toString().startsWith("Uso: second-look"), out.toString());
        } finally {
            Locale.setDefault(before);
        }
    }
}
