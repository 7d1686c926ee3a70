package org.secondlook.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only groups others ({@code sessions}, {@code store}): given alone, it prints its help. */
abstract class CommandGroup implements Callable<Integer> {

    /** Read by {@link LanguageOption#apply}: the help's language, handed on to the sub-command that runs. */
    @Mixin
    LanguageOption language;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
