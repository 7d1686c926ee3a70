package org.secondlook.session;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Run in a child JVM by {@link SessionCrashTest}: keeps changing one session's answers through an {@link Autosaver}
 * and prints "committed N" once save N is on disk, until it is killed.
 */
public final class SessionAutosaveChild {

    private SessionAutosaveChild() {
    }

    public static void main(String[] args) throws Exception {
        SessionStore store = SessionStore.open(Path.of(args[0]));
        SessionId id = store.create(SessionAnswers.start(Mode.SELF), SessionSamples.CONTENT, "crash test").join();
        System.out.println("session " + id);
        Autosaver autosaver = new Autosaver(store, id, Duration.ofMillis(20), Duration.ofMillis(50),
                new Autosaver.Listener() {
                    @Override
                    public void saved(SessionAnswers answers) {
                        System.out.println("committed " + SessionSamples.counter(answers));
                        System.out.flush();
                    }

                    @Override
                    public void failed(SessionAnswers answers, Throwable problem) {
                        System.out.println("failed " + problem);
                    }
                });
        SessionAnswers answers = SessionSamples.full();
        for (long n = 1; ; n++) {
            autosaver.update(answers.withPatientNotes(SessionSamples.counted(n, "note ".repeat((int) (n % 500)))));
            Thread.sleep(1);
        }
    }
}
