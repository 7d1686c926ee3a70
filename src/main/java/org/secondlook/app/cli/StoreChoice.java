package org.secondlook.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;
import org.secondlook.session.ClinicAddress;
import org.secondlook.session.ClinicPasswords;
import org.secondlook.session.ClinicStore;
import org.secondlook.session.SessionStore;
import org.secondlook.session.Sessions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The sessions a command works on: the clinic store given by {@code --store} (or {@code SECOND_LOOK_STORE}), else
 * the SQLite file that {@link DatabaseChoice} picks.
 */
final class StoreChoice {

    private StoreChoice() {
    }

    /** Opens the chosen store for one command. */
    static Sessions open(CommandSpec spec, Path ownDatabase) {
        Optional<ClinicAddress> clinic = clinic(spec);
        if (clinic.isEmpty()) {
            return SessionStore.openForCommand(DatabaseChoice.resolve(spec, ownDatabase));
        }
        if (ownDatabase != null) {
            throw new BadInputException("--db and --store both name where sessions are; give one of them.");
        }
        return ClinicStore.open(clinic.get(), password(clinic.get()));
    }

    /** The clinic store asked for before the command, if any. */
    static Optional<ClinicAddress> clinic(CommandSpec spec) {
        return root(spec.commandLine()).filter(text -> !text.isBlank()).map(StoreChoice::address);
    }

    static ClinicAddress address(String text) {
        try {
            return ClinicAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--store: " + e.getMessage(), e);
        }
    }

    /** From PGPASSWORD or ~/.pgpass, else asked at the terminal; null lets the server decide (peer or trust). */
    static char[] password(ClinicAddress address) {
        Optional<char[]> stored = ClinicPasswords.stored(address);
        if (stored.isPresent()) {
            return stored.get();
        }
        Console console = System.console();
        return console == null ? null : console.readPassword("Password for %s on %s: ", address.user(), address.host());
    }

    private static Optional<String> root(CommandLine cli) {
        CommandLine root = cli;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof SecondLookCommand second ? Optional.ofNullable(second.store) : Optional.empty();
    }
}
