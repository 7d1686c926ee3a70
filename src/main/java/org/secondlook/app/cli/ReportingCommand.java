package org.secondlook.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that speaks the language asked for and turns any failure into one line and an exit code. */
abstract class ReportingCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "mixinStandardHelpOptions.help")
    boolean helpAsked;

    /** The command's work, printing to {@code out}. */
    abstract void execute(PrintWriter out) throws Exception;

    /** The command line's sentence {@code key} in the language asked for. */
    final String say(String key, Object... args) {
        return CliText.phrase(key, args).in(language.locale());
    }

    @Override
    public final Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            execute(out);
            return ExitCodes.OK;
        } catch (Exception e) {
            return ExitCodes.report(e, err, language.locale());
        } finally {
            out.flush();
            err.flush();
        }
    }
}
