package org.secondlook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secondlook.ui.history.HistoryScreen.waitUntil;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secondlook.advice.ProfileRules;
import org.secondlook.knowledge.KnowledgeLoader;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.text.Language;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The clinician view in a window of 1366 × 900 (860 inside its frame), as on a common laptop: with the notice, the
 * title and the filters above it and the actions below, the list still shows the rows a person needs to find and
 * choose a session, with nothing cut short, at the largest text size too.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryRoomTest {

    private static final int SESSIONS = 30;

    @TempDir
    Path dir;
    private HistoryScreen screen;
    private Stage mainWindow;

    @Start
    void start(Stage unused) {
        // The main window opens in each test, in the language and text size it needs.
    }

    @BeforeEach
    void saveSessions() throws Exception {
        screen = new HistoryScreen(dir);
        for (int i = 1; i <= SESSIONS; i++) {
            screen.save("Patient " + i, i % 7 == 0 ? HistoryScreen.withWarningSign(HistoryScreen.knee(5))
                    : HistoryScreen.back(i % 11));
        }
    }

    @AfterEach
    void close(FxRobot robot) {
        if (mainWindow != null) {
            robot.interact(mainWindow::close);
        }
        screen.store.close();
    }

    @ParameterizedTest
    @CsvSource({"ENGLISH, 100, 20", "SPANISH, 100, 20", "ENGLISH, 200, 8", "SPANISH, 200, 8"})
    void theListShowsTheRowsAPersonNeedsWithNothingCutShort(Language language, int textSize, int rows, FxRobot robot)
            throws Exception {
        Messages messages = new Messages(language.locale(Locale.ROOT));
        ProfileRules rules = new ProfileRules(KnowledgeLoader.loadBuiltIn());
        ClinicianViewSwitch[] clinicianView = new ClinicianViewSwitch[1];
        robot.interact(() -> {
            clinicianView[0] = new ClinicianViewSwitch(screen.store, rules, messages, id -> id, id -> { }, id -> { });
            mainWindow = new Stage();
            Scene scene = new Scene(new StackPane(clinicianView[0]), 1366, 860);
            Appearance.apply(scene, UserSettings.defaults().withTextSize(textSize));
            mainWindow.setScene(scene);
            mainWindow.show();
        });
        robot.interact(clinicianView[0]::fire);
        Stage history = clinicianView[0].historyWindow();
        Node root = history.getScene().getRoot();
        @SuppressWarnings("unchecked")
        TableView<Object> table = robot.from(root).lookup("#history-table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == SESSIONS && history.getHeight() >= 860);

        assertTrue(wholeRowsShown(table) >= rows, "whole rows shown: " + wholeRowsShown(table));
        List<String> cut = new ArrayList<>();
        robot.interact(() -> HistoryScreen.cutShort(root, cut));
        assertEquals(List.of(), cut, "texts cut short with an ellipsis");

        // Folded away or not, the condition and dates are a key press away, and the list keeps its room.
        ToggleButton more = robot.from(root).lookup("#history-more-filters").queryAs(ToggleButton.class);
        Node conditionAndDates = robot.from(root).lookup("#history-condition-and-dates").query();
        Node condition = robot.from(root).lookup("#history-condition").query();
        assertEquals(textSize == 100, conditionAndDates.isVisible(), "shown when there is room for them");
        if (!conditionAndDates.isVisible()) {
            String label = messages.get("history.condition");
            robot.interact(table::requestFocus);
            robot.press(KeyCode.ALT).type(KeyCode.getKeyCode(label.substring(label.indexOf('_') + 1,
                    label.indexOf('_') + 2).toUpperCase(Locale.ROOT))).release(KeyCode.ALT);
            assertTrue(conditionAndDates.isVisible(), "the condition's shortcut shows it");
            assertTrue(condition.isFocused(), "and goes on to the condition");
        }
        robot.interact(more::requestFocus);
        robot.type(KeyCode.SPACE);
        assertFalse(conditionAndDates.isVisible(), "the button folds them away");
        assertFalse(more.getAccessibleHelp().isBlank(), "a screen reader says what the button does");
        robot.type(KeyCode.SPACE);
        assertTrue(conditionAndDates.isVisible(), "and shows them again");
    }

    /** The rows of the list wholly inside its visible part. */
    private static long wholeRowsShown(TableView<?> table) {
        Node rowsArea = table.lookup(".clipped-container");
        Bounds visible = rowsArea.localToScene(rowsArea.getClip().getBoundsInParent());
        return table.lookupAll(".table-row-cell").stream()
                .filter(node -> node instanceof TableRow<?> row && row.isVisible() && !row.isEmpty())
                .map(node -> node.localToScene(node.getLayoutBounds()))
                .filter(row -> row.getMinY() >= visible.getMinY() - 0.5 && row.getMaxY() <= visible.getMaxY() + 0.5)
                .count();
    }
}
