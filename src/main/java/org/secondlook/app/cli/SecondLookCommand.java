package org.secondlook.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.secondlook.app.GuiOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code second-look}: with no sub-command it opens the window; sub-commands are the command line. */
@Command(name = "second-look",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = CliText.USAGE,
        subcommands = {RecommendCommand.class, SessionsCommand.class, StoreCommand.class, ExportCommand.class,
                KnowledgeCommand.class})
public final class SecondLookCommand implements Callable<Integer> {

    /** Starts the desktop app; returns without waiting for the window to close. */
    public interface GuiStarter {
        void start(GuiOptions options);
    }

    @Option(names = "--db", paramLabel = "PATH")
    Path database;

    @Option(names = "--store", paramLabel = "URL", defaultValue = "${env:SECOND_LOOK_STORE}", scope = ScopeType.INHERIT)
    String store;

    @Option(names = "--knowledge", paramLabel = "DIR")
    Path knowledge;

    @Option(names = "--startup-probe")
    boolean startupProbe;

    // For packaging only: the run that records the packaged app's AOT cache.
    @Option(names = "--aot-training", hidden = true)
    boolean aotTraining;

    private final GuiStarter gui;
    private boolean guiStarted;

    public SecondLookCommand(GuiStarter gui) {
        this.gui = gui;
    }

    @Override
    public Integer call() {
        gui.start(new GuiOptions(database, store, knowledge, startupProbe, aotTraining));
        guiStarted = true;
        return ExitCodes.OK;
    }

    /** True once the window was started: the process then lives until the window closes. */
    public boolean guiStarted() {
        return guiStarted;
    }
}
