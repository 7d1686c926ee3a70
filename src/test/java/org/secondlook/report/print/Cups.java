package org.secondlook.report.print;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real CUPS on this machine, for tests that print: a scheduler, the cups-pdf driver, and the right to add
 * printers. Without them such tests are skipped, saying why, unless the environment variable SECOND_LOOK_CUPS is
 * {@code required} (as .ci/run sets it), when they fail instead.
 */
public final class Cups {

    private Cups() {
    }

    /** A new cups-pdf printer that accepts jobs; remove it with {@link #removePrinter}. */
    public static String addPdfPrinter() {
        require(run("lpstat", "-r").contains("scheduler is running"), "no CUPS scheduler is running");
        String model = run("lpinfo", "-m").lines().filter(line -> line.contains("CUPS-PDF_opt")).map(line -> line.split(" ")[0])
                .findFirst().orElse(null);
        require(model != null, "the cups-pdf driver with options (printer-driver-cups-pdf) is not installed");
        String name = "second-look-test-" + UUID.randomUUID().toString().substring(0, 8);
        // Label=1: cups-pdf puts the job number in every file name, so the test finds its own file.
        run("lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-m", model, "-o", "Label=1");
        require(run("lpstat", "-e").lines().anyMatch(name::equals), "could not add a printer (lpadmin needs admin rights)");
        return name;
    }

    public static void removePrinter(String name) {
        run("lpadmin", "-x", name);
    }

    /** The PDF cups-pdf wrote for {@code job}, once the job is done; the caller deletes it. */
    public static Path printedFile(PrintJob job) throws IOException, InterruptedException {
        String number = job.id().substring(job.id().lastIndexOf('-') + 1);
        Path folder = outputFolder();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(giveUp)) {
            boolean done = run("lpstat", "-W", "not-completed", "-o", job.printer()).lines()
                    .noneMatch(line -> line.startsWith(job.id() + " "));
            Optional<Path> file = done ? find(folder, Pattern.compile("(^|\\D)job_" + number + "(\\D|$)")) : Optional.empty();
            if (file.isPresent()) {
                return file.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("cups-pdf wrote no file for job " + job.id() + " in " + folder + "; see /var/log/cups/");
    }

    /** What pdftotext finds, with ligatures such as "fi" written out. */
    public static String pdftotext(Path pdf) {
        return Normalizer.normalize(run("pdftotext", pdf.toString(), "-"), Normalizer.Form.NFKC);
    }

    /** The command's standard output, in the C locale; empty when the command is not installed. */
    public static String run(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    public static void require(boolean available, String missing) {
        if (available) {
            return;
        }
        String why = "Printing test needs a real CUPS with cups-pdf, and " + missing + " (.ci/run sets it up)";
        if ("required".equals(System.getenv("SECOND_LOOK_CUPS"))) {
            fail(why);
        }
        Assumptions.abort(why);
    }

    /** cups-pdf's "Out" folder, where ${HOME} is the home of the user who printed: this one. */
    private static Path outputFolder() throws IOException {
        Path config = Path.of("/etc/cups/cups-pdf.conf");
        String out = "${HOME}/PDF";
        if (Files.isReadable(config)) {
            for (String line : Files.readAllLines(config)) {
                if (line.startsWith("Out ")) {
                    out = line.substring(4).strip();
                }
            }
        }
        return Path.of(out.replace("${HOME}", System.getProperty("user.home")).replace("${USER}", System.getProperty("user.name")));
    }

    private static Optional<Path> find(Path folder, Pattern name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> name.matcher(file.getFileName().toString()).find()).findFirst();
        }
    }
}
