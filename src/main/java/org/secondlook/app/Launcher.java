package org.secondlook.app;

import org.secondlook.app.cli.ExitCodes;
import org.secondlook.app.cli.SecondLookCommand;
import picocli.CommandLine;

/**
 * Entry point. Not a JavaFX {@code Application}, so the same jar runs the window and the
 * command line, and JavaFX can sit on the class path of a single runnable jar.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        // The everyday start (no arguments, the start-up probe, the AOT training run) does not need the command-line parser.
        if (args.length == 0 || args.length == 1 && (args[0].equals("--startup-probe") || args[0].equals("--aot-training"))) {
            Desktop.start(new GuiOptions(null, null, null, args.length == 1 && args[0].equals("--startup-probe"),
                    args.length == 1 && args[0].equals("--aot-training")));
            return;
        }
        SecondLookCommand root = new SecondLookCommand(Desktop::start);
        int exitCode = ExitCodes.install(new CommandLine(root)).execute(args);
        if (!root.guiStarted()) {
            System.exit(exitCode);
        }
    }
}
