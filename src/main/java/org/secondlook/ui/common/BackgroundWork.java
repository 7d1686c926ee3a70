package org.secondlook.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * Work that must not freeze the window (database, files), run on a shared pool of daemon threads, with its
 * callbacks on the FX thread:
 *
 * <pre>{@code
 * BackgroundWork.run(() -> store.list(query)).onSuccess(this::show).onError(this::explain).start();
 * BackgroundWork.await(() -> store.delete(id)).onSuccess(deleted -> refresh()).start();
 * }</pre>
 *
 * @param <T> what the work produces
 */
public final class BackgroundWork<T> {

    private static final System.Logger LOG = System.getLogger(BackgroundWork.class.getName());
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "second-look-work-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final Callable<T> work;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onError = problem -> LOG.log(System.Logger.Level.ERROR, "Background work failed", problem);
    private Runnable andFinally = () -> { };

    private BackgroundWork(Callable<T> work) {
        this.work = work;
    }

    /** Work that returns its result directly, such as a database read or a file write. */
    public static <T> BackgroundWork<T> run(Callable<T> work) {
        return new BackgroundWork<>(work);
    }

    /**
     * Work that returns a future, such as a {@code Sessions} write: the call is made on a background thread and
     * the result is the future's. An existing future can be adapted with {@code await(() -> future)}. The error
     * passed to {@link #onError} is the future's own cause, not the {@code CompletionException} around it.
     */
    public static <T> BackgroundWork<T> await(Callable<CompletableFuture<T>> work) {
        return new BackgroundWork<>(() -> unwrapped(work.call()));
    }

    /** Called on the FX thread with the result. */
    public BackgroundWork<T> onSuccess(Consumer<? super T> callback) {
        this.onSuccess = callback;
        return this;
    }

    /** Called on the FX thread with what went wrong; without it, the error is logged. */
    public BackgroundWork<T> onError(Consumer<Throwable> callback) {
        this.onError = callback;
        return this;
    }

    /** Called on the FX thread after {@link #onSuccess} or {@link #onError}, e.g. to hide a progress indicator. */
    public BackgroundWork<T> andFinally(Runnable callback) {
        this.andFinally = callback;
        return this;
    }

    /** Starts the work; the returned worker's {@code runningProperty} can drive a progress indicator. */
    public Worker<T> start() {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> {
            try {
                onSuccess.accept(task.getValue());
            } finally {
                andFinally.run();
            }
        });
        task.setOnFailed(event -> {
            try {
                onError.accept(task.getException());
            } finally {
                andFinally.run();
            }
        });
        POOL.execute(task);
        return task;
    }

    private static <T> T unwrapped(CompletableFuture<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
