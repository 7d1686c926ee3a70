package org.secondlook.ui.summary;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens a folder in the system's file manager. */
public interface FolderOpener {

    void open(Path folder);

    /** Uses the desktop's own opener: xdg-open on Linux, open on macOS, explorer on Windows. */
    static FolderOpener system() {
        return folder -> {
            String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            List<String> command = os.startsWith("windows") ? List.of("explorer", folder.toString())
                    : os.startsWith("mac") ? List.of("open", folder.toString())
                    : List.of("xdg-open", folder.toString());
            try {
                new ProcessBuilder(command).inheritIO().start();
            } catch (IOException e) {
                Logger.getLogger(FolderOpener.class.getName()).log(Level.INFO, "Could not open " + folder, e);
            }
        };
    }
}
