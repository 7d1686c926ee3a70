package org.secondlook.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.ProfileRules;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStore;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.history.HistoryView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Timing harness, not a test: how long the window stops answering while the history loads one more page, as the
 * list grows to {@value #SESSIONS} sessions of a real SQLite history ({@link HistoryFixture}). A helper thread asks
 * the FX thread for a tick every millisecond; the longest wait for one while a page goes in is the stall a person
 * feels. Prints the median stall of ten pages at a few list lengths (the first pages also warm the JIT up); it should
 * not grow with the length.
 * Run: mvn test -Dbenchmarks.excluded=none -Dgroups=benchmark -Dtest=HistoryLoadMoreBenchmark
 */
@Tag("benchmark")
@ExtendWith(ApplicationExtension.class)
class HistoryLoadMoreBenchmark {

    private static final int SESSIONS = 10_000;
    private static final int PAGE = SessionQuery.DEFAULT_LIMIT;

    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void loadingPageAfterPage(FxRobot robot) throws Exception {
        Path db = dir.resolve("sessions.db");
        HistoryFixture.fill(db, SESSIONS);
        ProfileRules rules = new ProfileRules(KnowledgeLoader.loadBuiltIn());
        try (SessionStore store = SessionStore.open(db)) {
            Stage[] stage = new Stage[1];
            robot.interact(() -> {
                stage[0] = new Stage();
                HistoryView view = new HistoryView(store, rules, new Messages(Locale.ENGLISH), id -> id,
                        id -> { }, id -> { }, () -> stage[0]);
                Scene scene = new Scene(view, 1366, 880);
                Appearance.apply(scene, UserSettings.defaults());
                stage[0].setScene(scene);
                stage[0].show();
            });
            TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
            Button loadMore = robot.lookup("#history-load-more").queryButton();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());

            AtomicLong longest = new AtomicLong();
            Thread ticks = Thread.ofPlatform().daemon().start(() -> tick(longest));
            List<Double> stalls = new ArrayList<>();
            while (table.getItems().size() < SESSIONS) {
                int before = table.getItems().size();
                WaitForAsyncUtils.waitForFxEvents();
                longest.set(0);
                robot.interact(loadMore::fire);
                WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() > before);
                WaitForAsyncUtils.waitForFxEvents();
                stalls.add(longest.get() / 1e6);
            }
            ticks.interrupt();
            System.out.printf(Locale.ROOT, "history load more, median FX stall of the ten pages up to: %s%n",
                    String.join(", ", List.of(1_000, SESSIONS / 2, SESSIONS).stream()
                            .map(rows -> String.format(Locale.ROOT, "%,d rows %.1f ms", rows,
                                    median(stalls.subList(rows / PAGE - 11, rows / PAGE - 1))))
                            .toList()));
            robot.interact(stage[0]::close);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Asks the FX thread for a tick every millisecond and keeps the longest wait. */
    private static void tick(AtomicLong longest) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                CountDownLatch done = new CountDownLatch(1);
                long start = System.nanoTime();
                Platform.runLater(done::countDown);
                done.await();
                longest.accumulateAndGet(System.nanoTime() - start, Math::max);
                Thread.sleep(1);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
