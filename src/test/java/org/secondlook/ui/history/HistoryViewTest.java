package org.secondlook.ui.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secondlook.ui.history.HistoryScreen.MESSAGES;
import static org.secondlook.ui.history.HistoryScreen.back;
import static org.secondlook.ui.history.HistoryScreen.knee;
import static org.secondlook.ui.history.HistoryScreen.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secondlook.advice.Diagnosis;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionSummary;
import org.secondlook.text.Language;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.ui.DialogButtons;
import org.secondlook.ui.common.Appearance;
import org.secondlook.ui.common.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class HistoryViewTest {

    @TempDir
    Path dir;
    private HistoryScreen screen;

    @Start
    void start(Stage unused) {
        // Each test opens its own window once its sessions are saved.
    }

    @BeforeEach
    void openStore() throws Exception {
        screen = new HistoryScreen(dir);
    }

    @AfterEach
    void closeAndCheckThreads(FxRobot robot) {
        screen.close(robot);
    }

    @Test
    void aClinicServersHistoryOffersNoDeleteAllFromOneWorkstation(FxRobot robot) {
        screen.save("Patient 1", knee(4));
        screen.checkedStore.onThisComputer = false;
        screen.show(robot);
        assertTrue(robot.lookup("#history-import").tryQuery().isPresent());
        assertTrue(robot.lookup("#history-delete-all").tryQuery().isEmpty());
    }

    @Test
    void listsNewestFirstAndLoadsMoreAPageAtATime(FxRobot robot) {
        for (int i = 1; i <= 120; i++) {
            screen.save("Patient " + i, i % 2 == 0 ? knee(i % 11) : back(i % 11));
        }
        screen.show(robot);

        List<SessionSummary> first = screen.rows(robot);
        assertEquals(HistoryScreen.PAGE_SIZE, first.size());
        assertEquals("Patient 120", first.get(0).label());
        assertEquals("Patient 71", first.get(49).label());
        assertEquals(MESSAGES.format("history.showingMore", 50), screen.status());

        robot.clickOn("#history-load-more");
        waitUntil(() -> screen.rows(robot).size() == 100);
        robot.clickOn("#history-load-more");
        waitUntil(() -> screen.rows(robot).size() == 120);
        assertEquals("Patient 1", screen.rows(robot).get(119).label());
        assertTrue(robot.lookup("#history-load-more").queryButton().isDisabled(), "no more pages");
        assertEquals(MESSAGES.format("history.showing", 120), screen.status());
        assertTrue(screen.checkedStore.calls().stream().filter(c -> c.method().equals("list")).count() >= 3);
    }

    @Test
    void searchByNameNarrowsTheListOnceTypingPauses(FxRobot robot) {
        screen.save("Maria knee", knee(6));
        screen.save("John back", back(4));
        screen.save("Maria again", knee(5));
        screen.show(robot);
        assertEquals(3, screen.rows(robot).size());

        robot.clickOn("#history-search").write("maria");
        waitUntil(() -> screen.rows(robot).size() == 2);
        assertEquals(List.of("Maria again", "Maria knee"), labels(screen.rows(robot)));
    }

    @Test
    void conditionFilterShowsOnlyThatCondition(FxRobot robot) {
        screen.save("Knee one", knee(6));
        screen.save("Back one", back(4));
        screen.save("Knee two", knee(2));
        screen.show(robot);

        @SuppressWarnings("unchecked")
        ComboBox<Object> condition = robot.lookup("#history-condition").queryAs(ComboBox.class);
        Object stenosis = condition.getItems().stream()
                .filter(item -> condition.getConverter().toString(item)
                        .equals(MESSAGES.get("history.diagnosis." + Diagnosis.SPINAL_STENOSIS)))
                .findFirst().orElseThrow();
        robot.interact(() -> condition.setValue(stenosis));
        waitUntil(() -> screen.rows(robot).size() == 1);
        assertEquals("Back one", screen.rows(robot).get(0).label());
        robot.interact(() -> condition.setValue(condition.getItems().get(0)));
        waitUntil(() -> screen.rows(robot).size() == 3);
    }

    @Test
    void dateRangeShowsOnlySessionsStartedOnThoseDays(FxRobot robot) {
        SessionId id = screen.save("Today", knee(6));
        screen.show(robot);
        LocalDate started = screen.store.get(id).createdAt().atZone(ZoneId.systemDefault()).toLocalDate();
        DatePicker from = robot.lookup("#history-from").queryAs(DatePicker.class);
        DatePicker until = robot.lookup("#history-until").queryAs(DatePicker.class);

        robot.interact(() -> from.setValue(started.plusDays(1)));
        waitUntil(() -> screen.rows(robot).isEmpty());
        robot.interact(() -> {
            from.setValue(started);
            until.setValue(started);
        });
        waitUntil(() -> screen.rows(robot).size() == 1);
        robot.interact(() -> until.setValue(started.minusDays(1)));
        waitUntil(() -> screen.rows(robot).isEmpty());
    }

    @Test
    void deleteAsksFirstNamingTheSessionThenReallyDeletesIt(FxRobot robot) {
        SessionId keep = screen.save("Keep me", knee(6));
        SessionId gone = screen.save("Delete me", back(4));
        screen.show(robot);

        select(robot, gone);
        robot.clickOn("#history-delete");
        DialogPane question = robot.lookup(".history-dialog").queryAs(DialogPane.class);
        assertTrue(question.getContentText().contains("Delete me"), question.getContentText());
        assertTrue(robot.lookup("#keep").queryButton().isDefaultButton(), "Enter keeps the session");

        DialogButtons.click(robot, "#confirm-delete");
        waitUntil(() -> screen.rows(robot).size() == 1);
        assertEquals(keep, screen.rows(robot).get(0).id());
        assertTrue(screen.store.find(gone).isEmpty(), "gone from the database");
        assertTrue(screen.store.find(keep).isPresent());
    }

    @Test
    void deleteCanBeCalledOff(FxRobot robot) {
        SessionId id = screen.save("Stay", knee(6));
        screen.show(robot);
        select(robot, id);
        robot.clickOn("#history-delete");
        robot.clickOn("#keep");
        assertEquals(1, screen.rows(robot).size());
        assertTrue(screen.store.find(id).isPresent());
    }

    @Test
    void deleteAllNeedsTheWordTypedThenClearsTheStore(FxRobot robot) {
        screen.save("One", knee(6));
        screen.save("Two", back(4));
        screen.show(robot);

        robot.clickOn("#history-delete-all");
        Button confirm = robot.lookup("#confirm-delete-all").queryButton();
        assertTrue(confirm.isDisabled(), "disabled until the word is typed");
        assertTrue(robot.lookup("#delete-all-word").query().isFocused(), "the word box has the focus");
        robot.clickOn("#delete-all-word").write("delete");
        assertTrue(confirm.isDisabled(), "the word must match exactly");
        robot.eraseText(6).write(MESSAGES.get("history.deleteAll.word"));
        assertFalse(confirm.isDisabled());
        robot.clickOn(confirm);

        waitUntil(() -> MESSAGES.get("history.deleteAll.done").equals(screen.status()));
        assertEquals(0, screen.storedCount());
        assertEquals(List.of(), screen.rows(robot));
    }

    @Test
    void exportWritesAFileThatImportAcceptsAndTheImportIsSelected(FxRobot robot) throws Exception {
        SessionId original = screen.save("Exported", knee(7));
        screen.show(robot);
        screen.exportTo = dir.resolve("exported.json");

        select(robot, original);
        robot.clickOn("#history-export");
        waitUntil(() -> screen.status().startsWith("Saved to"));
        assertTrue(Files.readString(screen.exportTo).contains("\"Exported\""));

        screen.importFrom = screen.exportTo;
        robot.clickOn("#history-import");
        waitUntil(() -> screen.storedCount() == 2 && screen.table(robot).getSelectionModel().getSelectedItems().size() == 1);
        SessionSummary selected = screen.table(robot).getSelectionModel().getSelectedItem();
        assertEquals("Exported", selected.label());
        assertFalse(selected.id().equals(original), "the import is a new session");
    }

    @Test
    void aBadFileIsRefusedWithItsMessageAndNothingIsAdded(FxRobot robot) throws Exception {
        screen.save("Only one", knee(7));
        screen.show(robot);
        screen.importFrom = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"label\": ");

        robot.clickOn("#history-import");
        waitUntil(() -> robot.lookup("#history-problem").tryQuery().isPresent());
        DialogPane problem = robot.lookup("#history-problem").queryAs(DialogPane.class);
        assertEquals(MESSAGES.get("history.import.refused"), problem.getHeaderText());
        assertTrue(problem.getContentText().startsWith("Cannot import broken.json"), problem.getContentText());
        robot.clickOn(robot.lookup("#history-problem .button").queryButton());

        assertEquals(1, screen.storedCount());
        assertEquals(1, screen.rows(robot).size());
    }

    @Test
    void aSpanishWindowRefusesABadFileInSpanish(FxRobot robot) throws Exception {
        screen.messages = new Messages(Language.SPANISH.locale(Locale.ROOT));
        screen.save("Solo una", knee(7));
        screen.show(robot);
        screen.importFrom = Files.writeString(dir.resolve("roto.json"), "{\"formatVersion\": 1, \"label\": ");

        robot.clickOn("#history-import");
        waitUntil(() -> robot.lookup("#history-problem").tryQuery().isPresent());
        DialogPane problem = robot.lookup("#history-problem").queryAs(DialogPane.class);
        assertEquals(screen.messages.get("history.import.refused"), problem.getHeaderText());
        assertEquals("No se puede importar roto.json: el archivo no es JSON válido (línea 1, columna 31). Revise que sea"
                + " un archivo que exportó Second Look y que nadie lo haya cambiado.", problem.getContentText());
        robot.clickOn(robot.lookup("#history-problem .button").queryButton());
        assertEquals(1, screen.storedCount());
    }

    @Test
    void inSpanishAtTwiceTheTextSizeNoTextIsCutShort(FxRobot robot) {
        screen.messages = new Messages(Language.SPANISH.locale(Locale.ROOT));
        screen.textSize = 200;
        screen.save("María Fernanda González Rodríguez", knee(6));
        screen.save("José", back(4));
        screen.show(robot);

        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> HistoryScreen.cutShort(screen.view, cut));
        assertEquals(List.of(), cut, "texts shown cut short with an ellipsis");

        robot.interact(() -> screen.table(robot).getSelectionModel().selectRange(0, 2));
        robot.clickOn("#history-compare");
        waitUntil(() -> robot.lookup("#compare-pain").tryQuery().isPresent());
        robot.interact(() -> HistoryScreen.cutShort(robot.lookup("#comparison").query(), cut));
        assertEquals(List.of(), cut, "texts of the comparison cut short with an ellipsis");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void compareShowsPainBeforeAndAfterInWords(FxRobot robot) {
        screen.save("First visit", knee(7));
        screen.save("Second visit", knee(3));
        screen.show(robot);

        robot.interact(() -> {
            TableView<SessionSummary> table = screen.table(robot);
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, 2);
        });
        robot.clickOn("#history-compare");
        waitUntil(() -> robot.lookup("#compare-pain").tryQuery().isPresent());

        assertEquals("7 of 10 \u2192 3 of 10", text(robot, "#compare-pain"));
        assertEquals(MESSAGES.get("history.compare.changed"), text(robot, "#compare-pain-verdict"));
        assertEquals(MESSAGES.get("history.compare.same"), text(robot, "#compare-leaning-verdict"));
        assertTrue(robot.lookup(".changed-answer").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().contains(MESSAGES.get("history.answer.painIntensity"))));
        robot.type(KeyCode.ESCAPE);
        assertTrue(robot.lookup("#compare-pain").tryQuery().isEmpty(), "Esc closes the comparison");
    }

    @Test
    void aSessionWithAWarningSignIsMarkedInWordsInTheList(FxRobot robot) {
        screen.save("Calm", knee(4));
        screen.save("Urgent", HistoryScreen.withWarningSign(knee(4)));
        screen.show(robot);

        TableView<SessionSummary> table = screen.table(robot);
        TableColumn<SessionSummary, ?> warning = table.getColumns().stream()
                .filter(c -> c.getText().equals(MESSAGES.get("history.column.warning"))).findFirst().orElseThrow();
        assertEquals(MESSAGES.get("history.warning.yes"), warning.getCellData(0), "the newest, Urgent, is marked");
        assertEquals(MESSAGES.get("history.warning.no"), warning.getCellData(1));
        assertTrue(MESSAGES.get("history.warning.yes").startsWith("\u26a0"), "a sign as well as a word");
    }

    @Test
    void aWarningSignRowShownInBoldIsNotCutShort(FxRobot robot) {
        // The bold row holds the longest name: a column sized on plain text cuts it.
        screen.save("Bartholomew Featherstonehaugh-Wolfenden", HistoryScreen.withWarningSign(knee(6)));
        screen.save("Bartholomew Featherstone", knee(4));
        screen.show(robot);

        assertTrue(robot.lookup(".table-row-cell:warning-sign").tryQuery().isPresent(), "the warning-sign row is bold");
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> HistoryScreen.cutShort(screen.table(robot), cut));
        assertEquals(List.of(), cut, "texts of the list cut short with an ellipsis");
    }

    @Test
    void fittingTheColumnsMeasuresOnlyTheRowsJustLoadedWhateverTheLengthOfTheList(FxRobot robot) {
        screen.pageSize = 4;
        // The oldest session, on the last page, has the longest name, shown in bold.
        screen.save("Wilhelmina Featherstonehaugh-Wolfenden", HistoryScreen.withWarningSign(back(5)));
        for (int i = 2; i <= 10; i++) {
            screen.save("Patient " + i, knee(i));
        }
        screen.show(robot);
        int columns = screen.table(robot).getColumns().size();
        assertEquals(4 * columns, screen.view.columnTextsMeasured());

        robot.clickOn("#history-load-more");
        waitUntil(() -> screen.rows(robot).size() == 8);
        assertEquals(4 * columns, screen.view.columnTextsMeasured(), "the second page, not the eight rows shown");
        robot.clickOn("#history-load-more");
        waitUntil(() -> screen.rows(robot).size() == 10);
        assertEquals(2 * columns, screen.view.columnTextsMeasured(), "the last two rows, not the ten shown");

        robot.interact(() -> screen.table(robot).scrollTo(9));
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> HistoryScreen.cutShort(screen.table(robot), cut));
        assertEquals(List.of(), cut, "a longer name on a later page widens its column");

        Label status = robot.lookup("#history-status").queryAs(Label.class);
        double before = status.getFont().getSize();
        robot.interact(() -> Appearance.apply(screen.stage.getScene(), UserSettings.defaults().withTextSize(150)));
        waitUntil(() -> status.getFont().getSize() > before);
        assertTrue(screen.view.columnTextsMeasured() <= 3 * columns,
                "a new text size measures the few widest texts again, not every row: " + screen.view.columnTextsMeasured());
        robot.interact(() -> HistoryScreen.cutShort(screen.table(robot), cut));
        assertEquals(List.of(), cut, "texts cut short at the new text size");
    }

    @Test
    void comparingTwoDifferentNamesCautionsFirst(FxRobot robot) {
        screen.save("Ana Ruiz", knee(7));
        screen.save("Ben Stone", knee(3));
        screen.show(robot);

        compareTheFirstTwo(robot);
        waitUntil(() -> robot.lookup("#compare-pain").tryQuery().isPresent());
        Node caution = robot.lookup("#compare-different-people").query();
        assertEquals(0, caution.getParent().getChildrenUnmodifiable().indexOf(caution), "before the comparison");
        assertTrue(caution.getAccessibleText().contains("\u201cAna Ruiz\u201d"), caution.getAccessibleText());
        assertTrue(caution.getAccessibleText().contains("\u201cBen Stone\u201d"), caution.getAccessibleText());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void comparingOnePersonsSessionsNeedsNoCaution(FxRobot robot) {
        screen.save("Ana Ruiz", knee(7));
        screen.save(" ana  ruiz", knee(3));
        screen.show(robot);

        compareTheFirstTwo(robot);
        waitUntil(() -> robot.lookup("#compare-pain").tryQuery().isPresent());
        assertTrue(robot.lookup("#compare-different-people").tryQuery().isEmpty());
        robot.type(KeyCode.ESCAPE);
    }

    private void compareTheFirstTwo(FxRobot robot) {
        robot.interact(() -> {
            TableView<SessionSummary> table = screen.table(robot);
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().selectRange(0, 2);
        });
        robot.clickOn("#history-compare");
    }

    @Test
    void keyboardAloneReachesTheListAndOpensARow(FxRobot robot) {
        SessionId older = screen.save("Older", knee(7));
        SessionId newest = screen.save("Newest", back(3));
        screen.show(robot);

        TableView<SessionSummary> table = screen.table(robot);
        for (int presses = 0; presses < 12 && !table.isFocused(); presses++) {
            robot.type(KeyCode.TAB);
        }
        assertTrue(table.isFocused(), "Tab reaches the list");
        robot.type(KeyCode.DOWN);
        assertEquals(older, table.getSelectionModel().getSelectedItem().id(), "the list starts on the newest row");
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.UP);
        robot.type(KeyCode.ENTER);
        assertEquals(List.of(older, newest), screen.opened);
    }

    @Test
    void startAgainHandsOverTheChosenSession(FxRobot robot) {
        SessionId id = screen.save("Again", knee(5));
        screen.show(robot);
        select(robot, id);
        robot.clickOn("#history-start-again");
        assertEquals(List.of(id), screen.startedAgain);
    }

    @Test
    void summaryIsOfferedOnlyWhenTheWindowCanMakeOneAndHandsOverTheSession(FxRobot robot) {
        SessionId id = screen.save("Print me", knee(5));
        screen.show(robot);
        assertTrue(robot.lookup("#history-summary").tryQuery().map(node -> !node.isVisible()).orElse(true));
        List<SessionId> summaries = new java.util.ArrayList<>();
        robot.interact(() -> screen.view.setOnSummary(summaries::add));
        select(robot, id);
        robot.clickOn("#history-summary");
        assertEquals(List.of(id), summaries);
    }

    @Test
    void everyStoreCallRunsOffTheFxThread(FxRobot robot) throws Exception {
        SessionId a = screen.save("A", knee(5));
        SessionId b = screen.save("B", knee(6));
        screen.show(robot);
        screen.exportTo = dir.resolve("a.json");
        select(robot, a);
        robot.clickOn("#history-export");
        waitUntil(() -> Files.exists(screen.exportTo));
        screen.importFrom = screen.exportTo;
        robot.clickOn("#history-import");
        waitUntil(() -> screen.checkedStore.calls().stream().anyMatch(c -> c.method().equals("find")));
        select(robot, b);
        robot.clickOn("#history-delete");
        DialogButtons.click(robot, "#confirm-delete");
        waitUntil(() -> screen.store.find(b).isEmpty());

        List<String> methods = screen.checkedStore.calls().stream().map(ThreadCheckingStore.Call::method).distinct().toList();
        assertTrue(methods.containsAll(List.of("list", "exportTo", "importFile", "find", "delete")), methods.toString());
        assertEquals(List.of(), screen.checkedStore.callsOnFxThread());
        assertTrue(screen.checkedStore.calls().stream().allMatch(c -> c.thread().startsWith("second-look-work-")));
    }

    private void select(FxRobot robot, SessionId id) {
        robot.interact(() -> {
            TableView<SessionSummary> table = screen.table(robot);
            table.getSelectionModel().clearSelection();
            table.getItems().stream().filter(row -> row.id().equals(id)).findFirst()
                    .ifPresent(row -> table.getSelectionModel().select(row));
        });
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return ((Label) node).getText();
    }

    private static List<String> labels(List<SessionSummary> rows) {
        return rows.stream().map(SessionSummary::label).toList();
    }
}
