package org.secondlook.session;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Saves one session's answers shortly after they change, without the caller waiting.
 *
 * <p>Hand it every new snapshot with {@link #update}. It writes the newest one once the answers have been still
 * for {@code idle}, and never later than {@code maxDelay} after the first unsaved change, so a crash loses at most
 * that much. While a clinic server cannot be reached, the newest answers are kept and tried again until it is back.
 * Close it (or {@link #flush}) when the session screen closes.
 */
public final class Autosaver implements AutoCloseable {

    public static final Duration DEFAULT_IDLE = Duration.ofMillis(500);
    public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(1);

    /** Told about each write, on the writer thread: move to the UI thread before showing anything. */
    public interface Listener {
        void saved(SessionAnswers answers);

        void failed(SessionAnswers answers, Throwable problem);
    }

    private final Sessions store;
    private final SessionId session;
    private final long idleNanos;
    private final long maxDelayNanos;
    private final Listener listener;
    private final ScheduledExecutorService timer;

    private SessionAnswers pending;
    private long firstUnsavedAt;
    private ScheduledFuture<?> scheduled;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    public Autosaver(Sessions store, SessionId session, Listener listener) {
        this(store, session, DEFAULT_IDLE, DEFAULT_MAX_DELAY, listener);
    }

    public Autosaver(Sessions store, SessionId session, Duration idle, Duration maxDelay, Listener listener) {
        if (idle.isNegative() || maxDelay.compareTo(idle) < 0) {
            throw new IllegalArgumentException("Need 0 <= idle <= maxDelay, got " + idle + " and " + maxDelay);
        }
        this.store = store;
        this.session = session;
        this.idleNanos = idle.toNanos();
        this.maxDelayNanos = maxDelay.toNanos();
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "second-look-autosave-" + session);
            thread.setDaemon(true);
            return thread;
        });
    }

    public SessionId session() {
        return session;
    }

    /** Takes the newest answers; returns at once. Safe from any thread. */
    public synchronized void update(SessionAnswers answers) {
        long now = System.nanoTime();
        if (pending == null) {
            firstUnsavedAt = now;
        }
        pending = answers;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        long untilLatest = maxDelayNanos - (now - firstUnsavedAt);
        scheduled = timer.schedule(this::flush, Math.max(0, Math.min(idleNanos, untilLatest)), TimeUnit.NANOSECONDS);
    }

    /** Writes the newest unsaved answers now; the future completes when every write so far is on disk. */
    public synchronized CompletableFuture<Void> flush() {
        if (scheduled != null) {
            scheduled.cancel(false);
            scheduled = null;
        }
        if (pending == null) {
            return lastWrite;
        }
        SessionAnswers answers = pending;
        pending = null;
        lastWrite = store.saveAnswers(session, answers).whenComplete((ok, problem) -> {
            if (problem == null) {
                listener.saved(answers);
            } else {
                listener.failed(answers, problem);
                if (unwrap(problem) instanceof ServerUnreachableException) {
                    keepForRetry(answers);
                }
            }
        });
        return lastWrite;
    }

    /** The clinic server is away: the answers stay pending and are tried again every {@code maxDelay} until it is back. */
    private synchronized void keepForRetry(SessionAnswers answers) {
        if (timer.isShutdown()) {
            return;
        }
        if (pending == null) {
            pending = answers;
            firstUnsavedAt = System.nanoTime();
        }
        if (scheduled == null || scheduled.isDone()) {
            scheduled = timer.schedule(this::flush, maxDelayNanos, TimeUnit.NANOSECONDS);
        }
    }

    private static Throwable unwrap(Throwable problem) {
        return problem instanceof CompletionException && problem.getCause() != null ? problem.getCause() : problem;
    }

    /** Saves what is unsaved, waits for it, and stops the timer. A failed save was already told to the listener. */
    @Override
    public void close() {
        CompletableFuture<Void> last = flush();
        timer.shutdownNow();
        last.handle((ok, problem) -> null).join();
    }
}
