package org.secondlook.ui.history;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.secondlook.ui.common.Messages;

/** Where to export to and what to import; the native file dialogs, or fixed answers in tests. */
interface FileChoices {

    Optional<Path> exportTo(Window owner, String suggestedName);

    Optional<Path> importFrom(Window owner);

    static FileChoices nativeDialogs(Messages messages) {
        return new FileChoices() {
            @Override
            public Optional<Path> exportTo(Window owner, String suggestedName) {
                FileChooser chooser = chooser(messages.get("history.export.title"));
                chooser.setInitialFileName(suggestedName);
                return path(chooser.showSaveDialog(owner));
            }

            @Override
            public Optional<Path> importFrom(Window owner) {
                return path(chooser(messages.get("history.import.title")).showOpenDialog(owner));
            }

            private FileChooser chooser(String title) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        messages.get("history.file.kind"), "*.json"));
                return chooser;
            }

            private static Optional<Path> path(File chosen) {
                return Optional.ofNullable(chosen).map(File::toPath);
            }
        };
    }
}
