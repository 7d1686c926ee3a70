package org.secondlook.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.secondlook.advice.Profile;
import org.secondlook.advice.ProfileRules;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.report.SummaryText;
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
import org.secondlook.ui.common.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code second-look sessions ...}: the saved sessions, from the command line. */
@Command(name = "sessions", mixinStandardHelpOptions = true,
        subcommands = {
                SessionsCommand.ListSessions.class,
                SessionsCommand.ShowSession.class,
                SessionsCommand.ExportSession.class,
                SessionsCommand.ImportSession.class,
                SessionsCommand.DeleteSession.class,
                SessionsCommand.MigrateSessions.class})
public final class SessionsCommand extends CommandGroup {

    /** What every subcommand shares: the database option, opening the store, and turning failures into exit codes. */
    abstract static class StoreCommand extends ReportingCommand {

        @Option(names = "--db", paramLabel = "PATH")
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
            this(CliText.phrase(key, args));
        }

        private BadInput(Phrase phrase) {
            super(phrase.english());
            this.phrase = phrase;
        }

        @Override
        public Phrase phrase() {
            return phrase;
        }
    }

    @Command(name = "list")
    static final class ListSessions extends StoreCommand {

        @Option(names = "--search", paramLabel = "TEXT")
        String search;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50")
        String limit;

        @Option(names = "--json")
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
            Messages words = new Messages(language.locale());
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(say("list.id"), say("list.started"), say("list.status"), say("list.condition"), say("list.pain"),
                    say("list.sure"), say("list.label")));
            for (SessionSummary s : sessions) {
                rows.add(List.of(s.id().toString(), local(s.createdAt()), words.of("history.status", s.status()),
                        s.diagnosis() != null ? words.of("history.diagnosis", s.diagnosis())
                                : s.site() != null ? words.of("history.site", s.site()) : "-",
                        orDash(s.painIntensity()), orDash(s.sureScore()), s.label() == null ? "" : Quote.printable(s.label(), false)));
            }
            printColumns(rows, out);
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

    @Command(name = "show")
    static final class ShowSession extends StoreCommand {

        @Parameters(paramLabel = "ID")
        String id;

        @Option(names = "--json")
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
            Messages words = new Messages(language.locale());
            out.println(say("show.status", words.of("history.status", session.status())));
            out.println(say("show.started", local(session.createdAt())));
            out.println(say("show.changed", local(session.updatedAt())));
            out.println(say("show.contentVersion", session.contentVersion()));
            out.println(say("show.mode", new SummaryText(language.locale()).mode(session.answers().mode())));
            out.println(say("show.step", words.get("step." + session.answers().currentStep().id())));
            Profile profile = session.answers().profile();
            if (profile != null) {
                out.println(say("show.pain", words.of("site", profile.site()), profile.side() == null ? "-" : words.of("side", profile.side()),
                        String.valueOf(profile.painIntensity()), String.valueOf(profile.painDurationWeeks())));
                out.println(say("show.condition", profile.diagnosis() == null ? "-"
                        : words.of("history.diagnosis", profile.diagnosis())));
                out.println(say("show.leaning", profile.leaning() == null ? "-" : profile.leaning()));
            }
            var sure = session.answers().sure();
            out.println(say("show.sure", sure.allAnswered() ? sure.score() + "/4" : say("show.sureUnanswered")));
            if (session.answers().patientNotes() != null) {
                out.println(say("show.notes", Quote.printable(session.answers().patientNotes(), true)));
            }
        }
    }

    @Command(name = "export")
    static final class ExportSession extends StoreCommand {

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Parameters(index = "1", paramLabel = "FILE")
        Path file;

        @Option(names = "--force")
        boolean force;

        @Override
        void run(Sessions store, PrintWriter out) throws Exception {
            SessionId sessionId = sessionId(id);
            store.exportTo(sessionId, file, force);
            out.println(say("export.done", sessionId.toString(), file));
        }
    }

    @Command(name = "import")
    static final class ImportSession extends StoreCommand {

        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        void run(Sessions store, PrintWriter out) throws Exception {
            out.println(await(store.importFile(file, new ProfileRules(KnowledgeLoader.loadBuiltIn(), language.locale()))));
        }
    }

    @Command(name = "delete")
    static final class DeleteSession extends StoreCommand {

        @Parameters(paramLabel = "ID")
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

    @Command(name = "migrate")
    static final class MigrateSessions extends ReportingCommand {

        @Option(names = "--from", paramLabel = "FILE", required = true)
        Path from;

        @Option(names = "--to", paramLabel = "URL", required = true)
        String to;

        @Override
        void execute(PrintWriter out) throws Exception {
            if (!Files.isRegularFile(from)) {
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

    /** Prints {@code rows} as columns as wide as their widest text, so that words of any length stay aligned. */
    private static void printColumns(List<List<String>> rows, PrintWriter out) {
        int[] widths = new int[rows.get(0).size() - 1]; // the last column is not padded
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                line.append(String.format("%-" + widths[column] + "s  ", row.get(column)));
            }
            out.println(line.append(row.get(widths.length)));
        }
    }

    private static String orDash(Integer value) {
        return value == null ? "-" : value.toString();
    }
}
