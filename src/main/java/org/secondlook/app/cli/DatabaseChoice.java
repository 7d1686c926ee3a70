package org.secondlook.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.secondlook.session.DataLocations;
import org.secondlook.session.StoreFailures;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The sessions database a command uses: its own {@code --db}, else the one given before the command
 * ({@code second-look --db=PATH recommend ...}), else the one in the per-user data folder, whose folder is then
 * made owner-only. Never a different file than the one asked for.
 */
final class DatabaseChoice {

    private DatabaseChoice() {
    }

    /** The database to open; the default data folder is created or made owner-only first. */
    static Path resolve(CommandSpec spec, Path own) {
        Path asked = asked(spec, own);
        if (asked != null) {
            return asked;
        }
        DataLocations locations = DataLocations.forCurrentUser();
        try {
            locations.ensureDirectory();
        } catch (IOException e) {
            throw new BadInputException(StoreFailures.plain(StoreFailures.phrase("do.prepareFolder", locations.directory()), e), e);
        }
        return locations.databaseFile();
    }

    /** The database in use, only to keep output off it: the data folder is left as it is. */
    static Path inUse(CommandSpec spec, Path own) {
        Path asked = asked(spec, own);
        return asked != null ? asked : DataLocations.forCurrentUser().databaseFile();
    }

    private static Path asked(CommandSpec spec, Path own) {
        Path global = globalDatabase(spec.commandLine());
        if (own != null && global != null && !own.equals(global)) {
            throw new BadInputException("db.twice", global, own);
        }
        return own != null ? own : global;
    }

    private static Path globalDatabase(CommandLine cli) {
        CommandLine root = cli;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return root.getCommand() instanceof SecondLookCommand second ? second.database : null;
    }
}
