package org.secondlook.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Exit codes of the command line: 0 success, 2 bad usage or bad input (one line on stderr saying
 * what is wrong), 1 an internal failure.
 */
public final class ExitCodes implements IParameterExceptionHandler, IExecutionExceptionHandler {

    public static final int OK = 0;
    public static final int INTERNAL = 1;
    public static final int BAD_INPUT = 2;

    /** Installs these handlers on {@code cli} and its sub-commands. */
    public static CommandLine install(CommandLine cli) {
        ExitCodes handler = new ExitCodes();
        return cli.setParameterExceptionHandler(handler).setExecutionExceptionHandler(handler);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("second-look: " + oneLine(e.getMessage()) + " (see '"
                + cli.getCommandSpec().qualifiedName() + " --help')");
        return BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof BadInputException) {
            err.println("second-look: " + oneLine(e.getMessage()));
            return BAD_INPUT;
        }
        err.println("second-look: internal error: " + oneLine(String.valueOf(e.getMessage()))
                + " (please report this; nothing you typed caused it)");
        return INTERNAL;
    }

    static String oneLine(String message) {
        return message.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
