package org.secondlook.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import org.secondlook.advice.InputRules;
import org.secondlook.advice.ProfileException;
import org.secondlook.session.ImportException;
import org.secondlook.session.NoSuchSessionException;
import org.secondlook.session.OutputFile;
import org.secondlook.session.StoreException;
import org.secondlook.session.StoreFailures;
import org.secondlook.session.WordedArgumentException;
import org.secondlook.text.Phrase;
import org.secondlook.text.Quote;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * Exit codes of the command line, the same for the same cause in every command: 0 success; 2 bad usage, bad input,
 * or a file or disk problem the person can act on (one line on stderr saying what is wrong and what to do);
 * 1 an internal failure.
 */
public final class ExitCodes implements IParameterExceptionHandler, IExecutionExceptionHandler {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;

    /** Installs these handlers on {@code cli} and its sub-commands, and words its help in the language asked for. */
    public static CommandLine install(CommandLine cli) {
        ExitCodes handler = new ExitCodes();
        IExecutionStrategy runLast = new RunLast();
        // "--db --frob" is a forgotten value, not a file called "--frob" to create.
        return cli.setUnmatchedOptionsAllowedAsOptionParameters(false)
                .setParameterExceptionHandler(handler).setExecutionExceptionHandler(handler)
                .setExecutionStrategy(parsed -> {
                    LanguageOption.apply(cli, parsed);
                    return runLast.execute(parsed);
                });
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        Locale locale = LanguageOption.locale(args);
        cli.getErr().println("second-look: " + oneLine(CliText.phrase("parse.seeHelp", ParseFailure.phrase(e, args),
                cli.getCommandSpec().qualifiedName()).in(locale)));
        cli.getErr().flush();
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        return report(e, cli.getErr(), LanguageOption.locale(parsed));
    }

    /** Prints one line about {@code e} for the person, in the language of {@code locale}, and returns the exit code. */
    static int report(Exception e, PrintWriter err, Locale locale) {
        String message = personMessage(e, locale);
        if (message == null) {
            err.println("second-look: " + CliText.phrase("internal", e.getClass().getSimpleName()).in(locale));
            err.flush();
            return INTERNAL;
        }
        err.println("second-look: " + oneLine(message));
        err.flush();
        return BAD_INPUT;
    }

    /** What to tell the person about a failure they can act on; null for an internal failure. */
    private static String personMessage(Exception e, Locale locale) {
        if (e instanceof NoSuchSessionException missing) {
            return CliText.phrase("session.noneSeeList", missing.phrase()).in(locale);
        }
        if (e instanceof BadInputException || e instanceof SessionsCommand.BadInput || e instanceof ImportException
                || e instanceof StoreException || e instanceof ProfileException
                || e instanceof OutputFile.OutputRefusedException || e instanceof InputRules.InputFileException
                || e instanceof WordedArgumentException) {
            return Phrase.describe(e, locale);
        }
        if (e instanceof IOException) {
            return StoreFailures.plain(StoreFailures.phrase("do.readWrite"), e).in(locale);
        }
        return null;
    }

    /** One line, with anything a terminal would obey shown as an escape. */
    static String oneLine(String message) {
        return Quote.printable(String.valueOf(message).replaceAll("\\s*\\R\\s*", " ").strip(), false);
    }
}
