package org.secondlook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secondlook.ui.history.HistoryScreen.MESSAGES;
import static org.secondlook.ui.history.HistoryScreen.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.session.SessionId;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HistoryClinicianSwitchTest {

    @TempDir
    Path dir;
    private HistoryScreen screen;
    private ClinicianViewSwitch clinicianView;
    private Stage mainWindow;
    private final List<SessionId> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage unused) throws Exception {
        screen = new HistoryScreen(dir);
        clinicianView = new ClinicianViewSwitch(screen.store,
                new org.secondlook.advice.ProfileRules(org.secondlook.knowledge.KnowledgeLoader.loadBuiltIn()), MESSAGES,
                id -> id, opened::add, id -> { });
        mainWindow = new Stage();
        mainWindow.setScene(new Scene(new StackPane(clinicianView), 400, 200));
        mainWindow.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(mainWindow::close);
        screen.store.close();
    }

    @Test
    void historyIsShownOnlyWhileTheSwitchIsOn(FxRobot robot) {
        assertNull(clinicianView.historyWindow(), "no history before the switch is on");
        assertTrue(clinicianView.getAccessibleHelp().contains("starts clean"));

        robot.clickOn("#clinician-view");
        Stage history = clinicianView.historyWindow();
        assertTrue(history.isShowing());
        assertTrue(robot.lookup(".clinician-explanation").tryQuery().isPresent(), "says why history is separate");

        robot.interact(clinicianView::fire); // the history window lies over the switch on a headless screen
        assertFalse(history.isShowing());
        assertFalse(clinicianView.isSelected());
    }

    @Test
    void openingASessionSwitchesTheClinicianViewOff(FxRobot robot) {
        SessionId id = screen.save("Patient A", HistoryScreen.knee(4));
        robot.clickOn("#clinician-view");
        Stage history = clinicianView.historyWindow();
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.lookup("#history-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn(table).type(KeyCode.ENTER);
        assertEquals(List.of(id), opened);
        assertFalse(history.isShowing());
        assertFalse(clinicianView.isSelected());
    }
}
