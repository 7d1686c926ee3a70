package org.secondlook.app.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.Optional;
import org.secondlook.session.ClinicAddress;
import org.secondlook.session.ClinicPasswords;
import org.secondlook.session.ClinicStore;
import org.secondlook.session.SessionStore;
import org.secondlook.session.Sessions;
import org.secondlook.text.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

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
        SecondLookCommand root = rootCommand(spec.commandLine());
        boolean fileAsked = ownDatabase != null || root != null && root.database != null;
        if (fileAsked && clinic.isPresent() && storeTyped(spec.commandLine())) {
            throw new BadInputException("store.dbAndStore");
        }
        // A file named on the command line wins over SECOND_LOOK_STORE from the environment.
        if (clinic.isEmpty() || fileAsked) {
            return SessionStore.openForCommand(DatabaseChoice.resolve(spec, ownDatabase));
        }
        return ClinicStore.open(clinic.get(), password(clinic.get()));
    }

    /** Whether --store was typed, not only taken from the environment. */
    private static boolean storeTyped(CommandLine cli) {
        for (ParseResult parsed = rootLine(cli).getParseResult(); parsed != null; parsed = parsed.subcommand()) {
            if (parsed.hasMatchedOption("--store")) {
                return true;
            }
        }
        return false;
    }

    /** The clinic store asked for before the command, if any. */
    static Optional<ClinicAddress> clinic(CommandSpec spec) {
        return root(spec.commandLine()).filter(text -> !text.isBlank()).map(StoreChoice::address);
    }

    static ClinicAddress address(String text) {
        try {
            return ClinicAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e instanceof Phrase.Worded worded
                    ? CliText.phrase("store.option", worded.phrase()) : CliText.phrase("store.option", e.getMessage()), e);
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
        SecondLookCommand root = rootCommand(cli);
        return root == null ? Optional.empty() : Optional.ofNullable(root.store);
    }

    private static CommandLine rootLine(CommandLine cli) {
        CommandLine root = cli;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root;
    }

    /** The top command, or null when a sub-command runs on its own (as in tests). */
    private static SecondLookCommand rootCommand(CommandLine cli) {
        return rootLine(cli).getCommand() instanceof SecondLookCommand second ? second : null;
    }
}
