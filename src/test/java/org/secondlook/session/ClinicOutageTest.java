package org.secondlook.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The clinic server goes away in the middle of a session: the answers are kept and saved once it is back. */
class ClinicOutageTest {

    @Test
    void answersTypedWhileTheServerIsAwayAreSavedWhenItIsBack() throws Exception {
        ClinicAddress owner = EmbeddedClinicServer.freshDatabase();
        try (ClinicSetup setup = ClinicSetup.connect(owner, null)) {
            setup.addClinician("dr_away", "Riverside Clinic", "away-secret".toCharArray());
        }
        ClinicAddress direct = owner.as("dr_away");
        try (CuttableProxy network = new CuttableProxy(direct.port());
             ClinicStore workstation = ClinicStore.open(new ClinicAddress("localhost", network.port(),
                     direct.database(), direct.user(), "disable"), null);
             ClinicStore elsewhere = ClinicStore.open(direct, null)) {
            SessionId id = workstation.create(SessionAnswers.start(Mode.CLINICIAN), SessionSamples.CONTENT, "Ana").join();
            SessionAnswers typed = SessionSamples.full(SessionSamples.kneeProfile(5, "typed while away"));
            CompletableFuture<Throwable> failed = new CompletableFuture<>();
            CompletableFuture<SessionAnswers> saved = new CompletableFuture<>();
            try (Autosaver saver = new Autosaver(workstation, id, Duration.ofMillis(10), Duration.ofMillis(100),
                    new Autosaver.Listener() {
                        @Override
                        public void saved(SessionAnswers answers) {
                            saved.complete(answers);
                        }

                        @Override
                        public void failed(SessionAnswers answers, Throwable problem) {
                            failed.complete(problem);
                        }
                    })) {
                network.cut();
                saver.update(typed);
                Throwable problem = failed.get(2, TimeUnit.MINUTES);
                Throwable cause = problem instanceof CompletionException ? problem.getCause() : problem;
                ServerUnreachableException away = assertInstanceOf(ServerUnreachableException.class, cause);
                assertTrue(away.getMessage().contains("what you typed is kept"), away.getMessage());
                assertEquals(SessionAnswers.start(Mode.CLINICIAN), elsewhere.get(id).answers());

                network.restore();
                assertEquals(typed, saved.get(2, TimeUnit.MINUTES));
            }
            assertEquals(typed, elsewhere.get(id).answers());
        }
    }
}
