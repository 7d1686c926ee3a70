package org.secondlook.session;

import java.nio.file.Path;
import org.secondlook.text.Phrase;

/**
 * The database could not be read at start, so, as the person agreed, every session that could still be read was
 * copied into a fresh one and the damaged file was moved aside.
 *
 * @param movedTo where the damaged file now is; it was kept, not deleted
 * @param saved   sessions copied into the fresh database
 * @param lost    sessions that could not be read; -1 when the damage hid how many there were
 * @param message plain words for the person, naming {@code movedTo}, to be worded in their language
 */
public record Recovery(Path movedTo, int saved, int lost, Phrase message) {

    static Recovery of(Path movedTo, Salvage.Result salvaged) {
        int saved = salvaged.saved().size();
        Phrase outcome = salvaged.lost() < 0
                ? StoreFailures.phrase("recovery.savedUnknownLost", saved)
                : StoreFailures.phrase("recovery.saved", saved, salvaged.lost());
        Phrase message = StoreFailures.phrase("recovery", outcome, movedTo.toAbsolutePath());
        return new Recovery(movedTo.toAbsolutePath(), saved, salvaged.lost(), message);
    }
}
