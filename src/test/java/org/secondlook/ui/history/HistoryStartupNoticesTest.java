package org.secondlook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secondlook.ui.history.HistoryScreen.MESSAGES;
import static org.secondlook.ui.history.HistoryScreen.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.session.DamagedDatabaseException;
import org.secondlook.session.NewerSchemaException;
import org.secondlook.session.Recovery;
import org.secondlook.session.SessionStore;
import org.secondlook.session.SessionSummary;
import org.secondlook.ui.history.StartupNotices.NewerDatabaseChoice;
import org.secondlook.ui.history.StartupNotices.ResumeChoice;
import org.secondlook.ui.DialogButtons;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HistoryStartupNoticesTest {

    @TempDir
    Path dir;
    private StartupNotices notices;

    @Start
    void start(Stage unused) {
        notices = new StartupNotices(MESSAGES, null);
    }

    @Test
    void offersToResumeTheLatestUnfinishedSession(FxRobot robot) throws Exception {
        HistoryScreen screen = new HistoryScreen(dir);
        screen.save("Left knee", HistoryScreen.knee(6));
        SessionSummary unfinished = screen.store.latestUnfinished().orElseThrow();
        screen.store.close();

        CompletableFuture<ResumeChoice> resume = ask(() -> notices.offerResume(unfinished, false));
        DialogButtons.awaitShowing(robot, "#resume");
        DialogPane question = robot.lookup(".startup-notice").queryAs(DialogPane.class);
        assertTrue(question.getHeaderText().startsWith("You have an unfinished session from "), question.getHeaderText());
        DialogButtons.click(robot, "#resume");
        assertEquals(ResumeChoice.RESUME, resume.get(5, TimeUnit.SECONDS));

        CompletableFuture<ResumeChoice> startNew = ask(() -> notices.offerResume(unfinished, false));
        DialogButtons.click(robot, "#start-new");
        assertEquals(ResumeChoice.START_NEW, startNew.get(5, TimeUnit.SECONDS));
    }

    @Test
    void onASharedComputerTheNameComesOnlyAfterChoosingToContinue(FxRobot robot) throws Exception {
        HistoryScreen screen = new HistoryScreen(dir);
        screen.save("Ana Ruiz", HistoryScreen.knee(6));
        SessionSummary unfinished = screen.store.latestUnfinished().orElseThrow();
        screen.store.close();

        CompletableFuture<ResumeChoice> mine = ask(() -> notices.offerResume(unfinished, true));
        DialogButtons.awaitShowing(robot, "#resume");
        DialogPane first = robot.lookup(".startup-notice").queryAs(DialogPane.class);
        assertTrue(first.getHeaderText().startsWith("Continue the last session (started "), first.getHeaderText());
        assertFalse(shownText(robot).contains("Ana"), "no name before the person chose to continue");
        assertFalse(shownText(robot).contains(MESSAGES.get("history.diagnosis.KNEE_OSTEOARTHRITIS")), "nor condition");
        DialogButtons.click(robot, "#resume");
        waitUntil(() -> shownText(robot).contains("\u201cAna Ruiz\u201d"));
        DialogButtons.click(robot, "#resume");
        assertEquals(ResumeChoice.RESUME, mine.get(5, TimeUnit.SECONDS));

        CompletableFuture<ResumeChoice> someoneElses = ask(() -> notices.offerResume(unfinished, true));
        DialogButtons.click(robot, "#resume");
        waitUntil(() -> shownText(robot).contains("\u201cAna Ruiz\u201d"));
        DialogButtons.click(robot, "#start-new");
        assertEquals(ResumeChoice.START_NEW, someoneElses.get(5, TimeUnit.SECONDS));

        CompletableFuture<ResumeChoice> declined = ask(() -> notices.offerResume(unfinished, true));
        DialogButtons.click(robot, "#start-new");
        assertEquals(ResumeChoice.START_NEW, declined.get(5, TimeUnit.SECONDS));
    }

    /** The header and every paragraph of the notices on screen. */
    private static String shownText(FxRobot robot) {
        StringBuilder shown = new StringBuilder();
        for (DialogPane pane : robot.lookup(".startup-notice").queryAllAs(DialogPane.class)) {
            shown.append(pane.getHeaderText()).append('\n');
            robot.from(pane).lookup(".paragraph").queryAllAs(javafx.scene.control.Label.class)
                    .forEach(label -> shown.append(label.getText()).append('\n'));
        }
        return shown.toString();
    }

    @Test
    void asksBeforeTouchingADamagedDatabase(FxRobot robot) throws Exception {
        Path db = dir.resolve("sessions.db");
        Files.writeString(db, "not a database\n");
        DamagedDatabaseException damaged = org.junit.jupiter.api.Assertions.assertThrows(DamagedDatabaseException.class,
                () -> SessionStore.open(db));
        assertEquals("not a database\n", Files.readString(db), "nothing happens to the file before the person agrees");

        CompletableFuture<Boolean> declined = ask(() -> notices.askToRecover(damaged));
        waitUntil(() -> robot.lookup("#go-on").tryQuery().isPresent());
        assertEquals(db.toAbsolutePath().toString(), robot.lookup("#damaged-path").queryAs(TextField.class).getText());
        DialogButtons.click(robot, "#go-on");
        assertFalse(declined.get(5, TimeUnit.SECONDS));

        CompletableFuture<Boolean> agreed = ask(() -> notices.askToRecover(damaged));
        waitUntil(() -> robot.lookup("#recover").tryQuery().isPresent());
        DialogButtons.click(robot, "#recover");
        assertTrue(agreed.get(5, TimeUnit.SECONDS));
    }

    @Test
    void showsWhereTheDamagedDatabaseWasMoved(FxRobot robot) throws Exception {
        Path db = dir.resolve("sessions.db");
        Files.writeString(db, "not a database\n");
        Recovery recovery;
        try (SessionStore store = SessionStore.openRecovering(db, java.time.Clock.systemDefaultZone())) {
            recovery = store.recovery().orElseThrow();
        }

        CompletableFuture<Boolean> shown = ask(() -> {
            notices.showRecovery(recovery);
            return true;
        });
        waitUntil(() -> robot.lookup("#recovery-path").tryQuery().isPresent());
        assertEquals(recovery.movedTo().toString(), robot.lookup("#recovery-path").queryAs(TextField.class).getText());
        robot.clickOn(robot.lookup(".startup-notice .button").queryButton());
        assertTrue(shown.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aNewerDatabaseOffersToQuit(FxRobot robot) throws Exception {
        Path db = dir.resolve("sessions.db");
        SessionStore.open(db).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("PRAGMA user_version = 99");
        }
        NewerSchemaException newer = org.junit.jupiter.api.Assertions.assertThrows(NewerSchemaException.class,
                () -> SessionStore.open(db));

        CompletableFuture<NewerDatabaseChoice> quit = ask(() -> notices.showNewerSchema(newer));
        waitUntil(() -> robot.lookup("#quit").tryQuery().isPresent());
        assertTrue(robot.lookup(".startup-notice .paragraph").tryQuery().isPresent());
        DialogButtons.click(robot, "#quit");
        assertEquals(NewerDatabaseChoice.QUIT, quit.get(5, TimeUnit.SECONDS));

        CompletableFuture<NewerDatabaseChoice> goOn = ask(() -> notices.showNewerSchema(newer));
        waitUntil(() -> robot.lookup("#go-on").tryQuery().isPresent());
        DialogButtons.click(robot, "#go-on");
        assertEquals(NewerDatabaseChoice.GO_ON_WITHOUT_SAVING, goOn.get(5, TimeUnit.SECONDS));
    }

    /** Puts the question on the FX thread without blocking the test, which answers it with the robot. */
    private static <T> CompletableFuture<T> ask(Supplier<T> question) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(question.get());
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        });
        return answer;
    }
}
