package org.secondlook.report.print;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the print system's commands (lp, lpstat, lpoptions) in the C locale, so their answers can be read, and with
 * the environment given (PATH to find them, CUPS_SERVER to reach the scheduler).
 */
final class PrintCommands {

    /** What a command printed, and how it ended. */
    record Result(int exitCode, String out, String err) {

        boolean ok() {
            return exitCode == 0;
        }

        /** The first line the command wrote to stderr, without its "lp:" prefix. */
        String errorLine() {
            return err.lines().map(line -> line.replaceFirst("^[a-z]+: (Error - )?", "").strip())
                    .filter(line -> !line.isEmpty()).findFirst().orElse("");
        }
    }

    /** A command must answer within this long; a scheduler that hangs is reported, not waited on forever. */
    private static final long TIMEOUT_SECONDS = 30;

    private final Map<String, String> environment;

    PrintCommands(Map<String, String> environment) {
        Map<String, String> env = new HashMap<>(environment);
        env.put("LC_ALL", "C");
        env.put("LANG", "C");
        this.environment = Map.copyOf(env);
    }

    Result run(List<String> command) throws PrintProblem {
        return run(command, null);
    }

    /** Runs {@code command}, feeding it {@code input} when that is not null. */
    Result run(List<String> command, byte[] input) throws PrintProblem {
        String name = command.get(0);
        Path program = find(name).orElseThrow(() -> new PrintProblem(PrintProblem.Kind.COMMAND_MISSING, name, ""));
        List<String> resolved = new ArrayList<>(command);
        resolved.set(0, program.toString());
        ProcessBuilder builder = new ProcessBuilder(resolved);
        builder.environment().clear();
        builder.environment().putAll(environment);
        if (input == null) {
            builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        }
        try {
            Process process = builder.start();
            if (input != null) {
                feed(process, input);
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new PrintProblem(PrintProblem.Kind.FAILED, name, name + " did not finish within "
                        + TIMEOUT_SECONDS + " seconds");
            }
            return new Result(process.exitValue(), out, err);
        } catch (IOException e) {
            throw new PrintProblem(PrintProblem.Kind.FAILED, name, name + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrintProblem(PrintProblem.Kind.FAILED, name, name + " was interrupted");
        }
    }

    /** A command that stops reading early (say, a printer that refuses jobs) explains why on stderr. */
    private static void feed(Process process, byte[] input) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(input);
        } catch (IOException stoppedReading) {
            // The exit code and stderr say what happened.
        }
    }

    /** Looks the command up on this environment's PATH, as a shell would. */
    private Optional<Path> find(String name) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
