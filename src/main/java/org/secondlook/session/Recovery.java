package org.secondlook.session;

import java.nio.file.Path;

/**
 * The database could not be read at start, so, as the person agreed, every session that could still be read was
 * copied into a fresh one and the damaged file was moved aside.
 *
 * @param movedTo where the damaged file now is; it was kept, not deleted
 * @param saved   sessions copied into the fresh database
 * @param lost    sessions that could not be read; -1 when the damage hid how many there were
 * @param message plain words for the person, naming {@code movedTo}
 */
public record Recovery(Path movedTo, int saved, int lost, String message) {

    static Recovery of(Path movedTo, Salvage.Result salvaged) {
        String outcome = salvaged.lost() < 0
                ? salvaged.saved().size() + " sessions were saved from it; the damage hides whether there were more."
                : salvaged.saved().size() + " sessions were saved from it and " + salvaged.lost()
                        + " could not be read.";
        String message = "Your saved sessions file was damaged, so Second Look started a new one. " + outcome
                + " The damaged file was kept, not deleted, at " + movedTo.toAbsolutePath() + ".";
        return new Recovery(movedTo.toAbsolutePath(), salvaged.saved().size(), salvaged.lost(), message);
    }
}
