package org.secondlook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.LifeArea;
import org.secondlook.advice.Profile;
import org.secondlook.advice.RedFlag;
import org.secondlook.advice.Side;
import org.secondlook.advice.Site;
import org.secondlook.session.Mode;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStore;
import org.secondlook.session.SessionSummary;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A real session database in a temporary folder and the history screen on it, for the history tests. */
final class HistoryScreen {

    static final Messages MESSAGES = new Messages(Locale.ENGLISH);
    static final String CONTENT = "2026.1";
    static final int PAGE_SIZE = 50;

    final SessionStore store;
    final ThreadCheckingStore checkedStore;
    final List<SessionId> opened = new CopyOnWriteArrayList<>();
    final List<SessionId> startedAgain = new CopyOnWriteArrayList<>();
    Path exportTo;
    Path importFrom;
    Stage stage;
    HistoryView view;
    /** The language the window shows; English unless a test chooses another before {@link #show}. */
    Messages messages = MESSAGES;
    /** The text size the window shows, in percent. */
    int textSize = 100;
    /** How many sessions the list loads at a time. */
    int pageSize = PAGE_SIZE;

    HistoryScreen(Path folder) throws org.secondlook.knowledge.KnowledgeException {
        this.store = SessionStore.open(folder.resolve("sessions.db"), new TickingClock());
        this.checkedStore = new ThreadCheckingStore(store);
    }

    static Profile profile(Site site, Diagnosis diagnosis, int pain, String leaning) {
        return new Profile(site, Side.LEFT, 12, pain, Map.of(LifeArea.SLEEP, 2), null, diagnosis, null,
                null, null, null, null, null, null, null, leaning);
    }

    static Profile knee(int pain) {
        return profile(Site.KNEE, Diagnosis.KNEE_OSTEOARTHRITIS, pain, "exercise-therapy");
    }

    static Profile back(int pain) {
        return profile(Site.LOW_BACK, Diagnosis.SPINAL_STENOSIS, pain, null);
    }

    /** {@code profile} with a warning sign among its answers. */
    static Profile withWarningSign(Profile profile) {
        return new Profile(profile.site(), profile.side(), profile.painDurationWeeks(), profile.painIntensity(),
                profile.impact(), profile.onset(), profile.diagnosis(), profile.imagingDone(),
                Set.of(RedFlag.BLADDER_OR_BOWEL_CHANGE), profile.priorTreatments(), profile.priorities(),
                profile.country(), profile.insured(), profile.budget(), profile.willingToTravel(), profile.leaning());
    }

    SessionId save(String label, Profile profile) {
        return store.create(SessionAnswers.start(Mode.SELF).withProfile(profile), CONTENT, label).join();
    }

    int storedCount() {
        return store.list(SessionQuery.newest(SessionQuery.MAX_LIMIT)).sessions().size();
    }

    void show(FxRobot robot) {
        robot.interact(() -> {
            stage = new Stage();
            view = new HistoryView(checkedStore, messages, HistoryScreen::optionName, opened::add, startedAgain::add, () -> stage,
                    new FileChoices() {
                        @Override
                        public Optional<Path> exportTo(Window owner, String suggestedName) {
                            return Optional.ofNullable(exportTo);
                        }

                        @Override
                        public Optional<Path> importFrom(Window owner) {
                            return Optional.ofNullable(importFrom);
                        }
                    }, pageSize);
            Scene scene = new Scene(view, 1100, 700);
            Appearance.apply(scene, UserSettings.defaults().withTextSize(textSize));
            stage.setScene(scene);
            stage.show();
        });
        waitUntil(() -> !status().isEmpty() && !status().equals(messages.get("history.loading")));
    }

    @SuppressWarnings("unchecked")
    TableView<SessionSummary> table(FxRobot robot) {
        return (TableView<SessionSummary>) robot.lookup("#history-table").queryAs(TableView.class);
    }

    List<SessionSummary> rows(FxRobot robot) {
        return List.copyOf(table(robot).getItems());
    }

    String status() {
        return view == null ? "" : ((javafx.scene.control.Label) view.lookup("#history-status")).getText();
    }

    /** Every shown button, label, cell and heading whose text on screen is shorter than its own text. */
    static void cutShort(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.lookup(".text") instanceof Text shown
                && !shown.getText().replace("\n", " ").equals(labeled.getText().replace("_", ""))) {
            cut.add(labeled.getText() + " -> " + shown.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> cutShort(child, cut));
        }
    }

    void close(FxRobot robot) {
        if (stage != null) {
            robot.interact(stage::close);
        }
        store.close();
        assertEquals(List.of(), checkedStore.callsOnFxThread(), "store calls made on the FX thread");
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each save is a minute after the one before, so "newest first" has one right order. */
    private static final class TickingClock extends Clock {
        private final AtomicLong minutes = new AtomicLong();
        private final Instant start = Instant.parse("2026-03-02T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return start.plus(Duration.ofMinutes(minutes.getAndIncrement()));
        }
    }

    /** Option names as the history shows them: a made-up name, so a raw id on screen is easy to tell. */
    static String optionName(String optionId) {
        return "Option named " + optionId;
    }
}
