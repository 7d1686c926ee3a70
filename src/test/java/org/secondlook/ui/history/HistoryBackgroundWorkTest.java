package org.secondlook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secondlook.ui.common.BackgroundWork;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The helper every history store call goes through: work off the FX thread, callbacks on it. */
@ExtendWith(ApplicationExtension.class)
class HistoryBackgroundWorkTest {

    @Start
    void start(Stage unused) {
        // No window needed; the extension starts the FX toolkit.
    }

    @Test
    void runsTheWorkInTheBackgroundAndReportsOnTheFxThread() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<Boolean> callbackOnFx = new CompletableFuture<>();
        CompletableFuture<Boolean> finallyRan = new CompletableFuture<>();
        Platform.runLater(() -> BackgroundWork.run(() -> {
                    workThread.complete(Thread.currentThread().getName());
                    return Platform.isFxApplicationThread();
                })
                .onSuccess(workWasOnFx -> callbackOnFx.complete(!workWasOnFx && Platform.isFxApplicationThread()))
                .andFinally(() -> finallyRan.complete(true))
                .start());

        assertTrue(workThread.get(5, TimeUnit.SECONDS).startsWith("second-look-work-"));
        assertTrue(callbackOnFx.get(5, TimeUnit.SECONDS));
        assertTrue(finallyRan.get(5, TimeUnit.SECONDS));
    }

    @Test
    void awaitHandsOverTheFuturesOwnErrorOnTheFxThread() throws Exception {
        CompletableFuture<Throwable> error = new CompletableFuture<>();
        CompletableFuture<Integer> failing = CompletableFuture.supplyAsync(() -> {
            throw new IllegalStateException("disk full");
        });
        BackgroundWork.await(() -> failing.thenApply(x -> 1))
                .onError(problem -> error.complete(Platform.isFxApplicationThread() ? problem : null))
                .start();
        Throwable problem = error.get(5, TimeUnit.SECONDS);
        assertEquals(IllegalStateException.class, problem.getClass());
        assertEquals("disk full", problem.getMessage());

        CompletableFuture<Throwable> checked = new CompletableFuture<>();
        BackgroundWork.await(() -> CompletableFuture.<Integer>failedFuture(new IOException("gone")))
                .onError(checked::complete)
                .start();
        assertEquals(IOException.class, checked.get(5, TimeUnit.SECONDS).getClass());
    }
}
