package org.secondlook.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.secondlook.advice.ProfileReader;
import org.secondlook.advice.StepId;
import org.secondlook.knowledge.KnowledgeBase;
import org.secondlook.session.DataLocations;
import org.secondlook.session.SessionAnswers;

/**
 * What the run that records the packaged app's AOT cache ({@code --aot-training}, see packaging/linux/build.sh) needs
 * besides the window's own code: a folder for its sessions and settings that is gone when it exits, and a person's
 * answers to walk every step with (the profile from the README).
 */
final class AotTraining {

    private static final String PROFILE = "aot-training-profile.json";

    private AotTraining() {
    }

    static DataLocations throwAwayData() {
        try {
            Path folder = Files.createTempDirectory("second-look-aot-training");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
            return new DataLocations(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SessionAnswers answers(KnowledgeBase knowledge) {
        try (InputStream in = AotTraining.class.getResourceAsStream(PROFILE)) {
            if (in == null) {
                throw new IllegalStateException(PROFILE + " is missing from the application");
            }
            return SessionAnswers.start(null).withProfile(new ProfileReader(knowledge).read(in)).atStep(StepId.LAST);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary folder the system cleans up anyway; the training run itself succeeded.
        }
    }
}
