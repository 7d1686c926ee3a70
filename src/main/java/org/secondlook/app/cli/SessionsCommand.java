package org.secondlook.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.secondlook.advice.Profile;
import org.secondlook.advice.ProfileRules;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.ClinicAddress;
import org.secondlook.session.ClinicStore;
import org.secondlook.session.NoSuchSessionException;
import org.secondlook.session.Session;
import org.secondlook.session.SessionFiles;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionMigration;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStore;
import org.secondlook.session.Sessions;
import org.secondlook.session.SessionSummary;
import org.secondlook.text.Phrase;
import org.secondlook.text.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code second-look sessions ...}: the saved sessions, from the command line. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "List, show, export, import and delete saved sessions.",
        subcommands = {
                SessionsCommand.ListSessions.class,
                SessionsCommand.ShowSession.class,
                SessionsCommand.ExportSession.class,
                SessionsCommand.ImportSession.class,
                SessionsCommand.DeleteSession.class,
                SessionsCommand.MigrateSessions.class})
public final class SessionsCommand implements Callable<Integer> {

    static final int OK = 0;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OK;
    }

    /** What every subcommand shares: the database option, opening the store, and turning failures into exit codes. */
    abstract static class StoreCommand extends ReportingCommand {

        @Option(names = "--db", paramLabel = "PATH",
                description = "The sessions database (default: the one in your Second Look data folder).")
        Path database;

        abstract void run(Sessions store, PrintWriter out) throws Exception;

        @Override
        final void execute(PrintWriter out) throws Exception {
            try (Sessions store = StoreChoice.open(spec, database)) {
                run(store, out);
            }
        }

        static SessionId sessionId(String text) throws BadInput {
            try {
                return SessionId.parse(text);
            } catch (IllegalArgumentException e) {
                throw new BadInput("session.badId", Quote.of(text));
            }
        }

        /** The result of a write, with its real failure rather than the CompletionException around it. */
        static <T> T await(CompletableFuture<T> write) throws Exception {
            try {
                return write.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        }

    }

    /** A problem with what was typed; the message says what to do instead. */
    static final class BadInput extends Exception implements Phrase.Worded {

        private final transient Phrase phrase;

        BadInput(String key, Object... args) {
            super(CliText.phrase(key, args).english());
            this.phrase = CliText.phrase(key, args);
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    @Command(name = "list", description = "List saved sessions, newest first.")
    static final class ListSessions extends StoreCommand {

        @Option(names = "--search", paramLabel = "TEXT", description = "Only sessions whose label contains TEXT.")
        String search;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "Show at most N sessions (1 to 1000, default ${DEFAULT-VALUE}).")
        String limit;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        void run(Sessions store, PrintWriter out) throws Exception {
            SessionQuery query = SessionQuery.newest(limit()).withLabelContains(search);
            var sessions = store.list(query).sessions();
            if (json) {
                ObjectMapper mapper = new ObjectMapper();
                ArrayNode array = mapper.createArrayNode();
                sessions.forEach(summary -> array.add(toJson(mapper, summary)));
                out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
                return;
            }
            if (sessions.isEmpty()) {
                out.println(search == null ? say("list.none") : say("list.noneMatching", Quote.of(search)));
                return;
            }
            out.printf("%-8s %-16s %-11s %-26s %-5s %-5s %s%n", say("list.id"), say("list.started"), say("list.status"),
                    say("list.condition"), say("list.pain"), say("list.sure"), say("list.label"));
            for (SessionSummary s : sessions) {
                out.printf("%-8s %-16s %-11s %-26s %-5s %-5s %s%n", s.id(), local(s.createdAt()), s.status(),
                        s.diagnosis() != null ? s.diagnosis() : s.site() != null ? s.site() : "-",
                        orDash(s.painIntensity()), orDash(s.sureScore()), s.label() == null ? "" : Quote.printable(s.label(), false));
            }
        }

        private int limit() throws BadInput {
            try {
                int n = Integer.parseInt(limit.strip());
                if (n >= 1 && n <= SessionQuery.MAX_LIMIT) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed range
            }
            throw new BadInput("list.limit", String.valueOf(SessionQuery.MAX_LIMIT), Quote.of(limit));
        }

        private static ObjectNode toJson(ObjectMapper mapper, SessionSummary s) {
            ObjectNode node = mapper.createObjectNode();
            node.put("id", s.id().value());
            node.put("label", s.label());
            node.put("status", s.status().name());
            node.put("site", s.site() == null ? null : s.site().name());
            node.put("diagnosis", s.diagnosis() == null ? null : s.diagnosis().name());
            node.put("painIntensity", s.painIntensity());
            node.put("sureScore", s.sureScore());
            node.put("leaning", s.leaning());
            node.put("createdAt", s.createdAt().toString());
            node.put("updatedAt", s.updatedAt().toString());
            return node;
        }
    }

    @Command(name = "show", description = "Show one saved session.")
    static final class ShowSession extends StoreCommand {

        @Parameters(paramLabel = "ID", description = "The session id, as 'sessions list' shows it.")
        String id;

        @Option(names = "--json", description = "Print the session in the export file format.")
        boolean json;

        @Override
        void run(Sessions store, PrintWriter out) throws Exception {
            Session session = store.get(sessionId(id));
            if (json) {
                out.println(SessionFiles.toJson(session));
                return;
            }
            out.println(session.label() == null ? say("show.title", session.id().toString())
                    : say("show.titleLabel", session.id().toString(), Quote.printable(session.label(), false)));
            out.println(say("show.status", session.status()));
            out.println(say("show.started", local(session.createdAt())));
            out.println(say("show.changed", local(session.updatedAt())));
            out.println(say("show.contentVersion", session.contentVersion()));
            out.println(say("show.mode", session.answers().mode()));
            out.println(say("show.step", session.answers().currentStep()));
            Profile profile = session.answers().profile();
            if (profile != null) {
                out.println(say("show.pain", profile.site(), profile.side(), String.valueOf(profile.painIntensity()),
                        String.valueOf(profile.painDurationWeeks())));
                out.println(say("show.condition", profile.diagnosis()));
                out.println(say("show.leaning", profile.leaning() == null ? "-" : profile.leaning()));
            }
            var sure = session.answers().sure();
            out.println(say("show.sure", sure.allAnswered() ? sure.score() + "/4" : say("show.sureUnanswered")));
            if (session.answers().patientNotes() != null) {
                out.println(say("show.notes", Quote.printable(session.answers().patientNotes(), true)));
            }
        }
    }

    @Command(name = "export", description = "Write one session to a JSON file.")
    static final class ExportSession extends StoreCommand {

        @Parameters(index = "0", paramLabel = "ID", description = "The session id.")
        String id;

        @Parameters(index = "1", paramLabel = "FILE", description = "The file to write.")
        Path file;

        @Option(names = "--force", description = "Replace FILE if it already exists.")
        boolean force;

        @Override
        void run(Sessions store, PrintWriter out) throws Exception {
            SessionId sessionId = sessionId(id);
            store.exportTo(sessionId, file, force);
            out.println(say("export.done", sessionId.toString(), file));
        }
    }

    @Command(name = "import", description = "Add a session from an exported JSON file; prints the new id.")
    static final class ImportSession extends StoreCommand {

        @Parameters(paramLabel = "FILE", description = "A file written by 'sessions export'.")
        Path file;

        @Override
        void run(Sessions store, PrintWriter out) throws Exception {
            out.println(await(store.importFile(file, new ProfileRules(KnowledgeLoader.loadBuiltIn(), language.locale()))));
        }
    }

    @Command(name = "delete", description = "Delete one session for good.")
    static final class DeleteSession extends StoreCommand {

        @Parameters(paramLabel = "ID", description = "The session id.")
        String id;

        @Override
        void run(Sessions store, PrintWriter out) throws Exception {
            SessionId sessionId = sessionId(id);
            Sessions.Deletion deletion = await(store.delete(sessionId));
            if (!deletion.found()) {
                throw new NoSuchSessionException(sessionId);
            }
            out.println(say(deletion.wiped() ? "delete.done" : "delete.doneStillOpen", sessionId.toString()));
        }
    }

    @Command(name = "migrate", description = {"Copy every session of a sessions file into a clinic store.",
            "Running it again copies only what is new; the file is not changed."})
    static final class MigrateSessions extends ReportingCommand {

        @Option(names = "--from", paramLabel = "FILE", required = true, description = "The sessions file to copy from.")
        Path from;

        @Option(names = "--to", paramLabel = "URL", required = true,
                description = "The clinic store, such as postgresql://server:5432/secondlook?user=dr_lee.")
        String to;

        @Override
        void execute(PrintWriter out) throws Exception {
            if (!java.nio.file.Files.isRegularFile(from)) {
                throw new BadInput("migrate.noFile", from);
            }
            ClinicAddress address = StoreChoice.address(to);
            try (SessionStore file = SessionStore.openForCommand(from);
                 ClinicStore clinic = ClinicStore.open(address, StoreChoice.password(address))) {
                SessionMigration.Result result = SessionMigration.copy(file, clinic);
                out.println(say(result.alreadyThere() == 0 ? "migrate.done" : "migrate.doneSomeThere", result.copied(),
                        from, address, result.alreadyThere()));
            }
        }
    }

    private static String local(Instant time) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(time.atZone(ZoneId.systemDefault()));
    }

    private static String orDash(Integer value) {
        return value == null ? "-" : value.toString();
    }
}
