package org.secondlook.app.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.secondlook.session.ClinicAddress;
import org.secondlook.session.ClinicSetup;
import org.secondlook.session.SessionId;
import org.secondlook.text.Quote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code second-look store ...}: setting up a clinic's shared sessions on its PostgreSQL server. */
@Command(name = "store", mixinStandardHelpOptions = true,
        subcommands = {StoreCommand.Init.class, StoreCommand.AddClinician.class, StoreCommand.Audit.class})
public final class StoreCommand extends CommandGroup {

    /** Where {@code add-clinician} takes the new clinician's password from when there is no terminal to ask at. */
    static final String NEW_PASSWORD_VARIABLE = "SECOND_LOOK_CLINICIAN_PASSWORD";


    /** What every subcommand shares: the store address, connecting, and turning failures into exit codes. */
    @Command
    abstract static class SetupCommand extends ReportingCommand {

        abstract void run(ClinicSetup setup, ClinicAddress address, PrintWriter out) throws Exception;

        @Override
        final void execute(PrintWriter out) throws Exception {
            ClinicAddress address = StoreChoice.clinic(spec).orElseThrow(() -> new BadInputException("store.which",
                    ClinicAddress.ENVIRONMENT_VARIABLE));
            try (ClinicSetup setup = ClinicSetup.connect(address, StoreChoice.password(address))) {
                run(setup, address, out);
            }
        }
    }

    @Command(name = "init")
    static final class Init extends SetupCommand {

        @Override
        void run(ClinicSetup setup, ClinicAddress address, PrintWriter out) {
            int applied = setup.init();
            out.println(say(applied == 0 ? "store.readyUpToDate" : "store.ready", address, applied));
        }
    }

    @Command(name = "add-clinician")
    static final class AddClinician extends SetupCommand {

        @Option(names = "--name", paramLabel = "NAME", required = true)
        String name;

        @Option(names = "--clinic", paramLabel = "CLINIC", required = true)
        String clinic;

        @Override
        void run(ClinicSetup setup, ClinicAddress address, PrintWriter out) {
            char[] password = newPassword();
            try {
                boolean added = setup.addClinician(name, clinic, password);
                out.println(say(added ? "store.added" : "store.newPassword", name, Quote.printable(clinic.strip(), false),
                        address.as(name)));
            } finally {
                Arrays.fill(password, '\0');
            }
        }

        private char[] newPassword() {
            String fromEnvironment = System.getenv(NEW_PASSWORD_VARIABLE);
            if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
                return fromEnvironment.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new BadInputException("store.noPassword", name, NEW_PASSWORD_VARIABLE);
            }
            char[] first = console.readPassword("%s", say("store.askNew", name));
            char[] again = console.readPassword("%s", say("store.askAgain"));
            if (first == null || first.length == 0 || !Arrays.equals(first, again)) {
                throw new BadInputException("store.passwordsDiffer");
            }
            return first;
        }
    }

    @Command(name = "audit")
    static final class Audit extends SetupCommand {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

        @Option(names = "--session", paramLabel = "ID")
        String session;

        @Override
        void run(ClinicSetup setup, ClinicAddress address, PrintWriter out) {
            Optional<SessionId> only;
            try {
                only = Optional.ofNullable(session).map(SessionId::parse);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("session.badId", Quote.of(session));
            }
            List<ClinicSetup.AuditEntry> lines = setup.audit(only);
            if (lines.isEmpty()) {
                out.println(session == null ? say("store.auditEmpty") : say("store.auditEmptyFor", session));
                return;
            }
            out.printf("%-19s %-16s %-8s %-9s %s%n", say("store.column.when"), say("store.column.who"),
                    say("store.column.session"), say("store.column.action"), say("store.column.clinic"));
            for (ClinicSetup.AuditEntry line : lines) {
                out.printf("%-19s %-16s %-8s %-9s %s%n", TIME.format(line.at().atZone(ZoneId.systemDefault())),
                        line.clinician(), line.session(), line.action(), Quote.printable(line.clinic(), false));
            }
        }
    }
}
