package org.secondlook.ui.history;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.secondlook.advice.ProfileRules;
import org.secondlook.session.ImportException;
import org.secondlook.session.PageCursor;
import org.secondlook.session.SessionId;
import org.secondlook.session.SessionPage;
import org.secondlook.session.SessionQuery;
import org.secondlook.session.SessionStatus;
import org.secondlook.session.Sessions;
import org.secondlook.session.SessionSummary;
import org.secondlook.ui.common.BackgroundWork;
import org.secondlook.ui.common.Messages;
import org.secondlook.ui.common.Texts;

/**
 * The saved sessions, newest first, a page at a time: search and filters on top, the list in the middle, what can
 * be done with the chosen session below. Every store call runs in the background; the list shows a progress
 * indicator and a status line while it waits.
 */
public final class HistoryView extends BorderPane {

    private static final PseudoClass WARNING_SIGN = PseudoClass.getPseudoClass("warning-sign");
    /** The height, in lines of text, from which the condition and date filters are shown without asking. */
    private static final double ROOMY_EM = 50;

    private final HistoryStore store;
    private final Messages messages;
    private final Consumer<SessionId> onOpen;
    private final Consumer<SessionId> onStartAgain;
    private final javafx.beans.property.ObjectProperty<Consumer<SessionId>> onSummary = new javafx.beans.property.SimpleObjectProperty<>();
    private final Supplier<Window> owner;
    private final FileChoices files;
    private final int pageSize;
    private final ZoneId zone = ZoneId.systemDefault();
    private final SessionTexts texts;
    private final HistoryDialogs dialogs;

    private final HistoryFilters filters;
    private final ObservableList<SessionSummary> rows = FXCollections.observableArrayList();
    private final TableView<SessionSummary> table = new TableView<>(rows);
    private final Label status = new Label();
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final Button loadMore = new Button();
    private final ColumnFit<SessionSummary> columnFit;

    private SessionQuery shownQuery;
    private Optional<PageCursor> nextPage = Optional.empty();
    /** Bumped by every new search, so the answer to a search the person has since changed is dropped. */
    private int searchNumber;

    /**
     * @param onOpen       opens or resumes the chosen session in the wizard
     * @param onStartAgain starts a new session from a copy of the chosen one's answers; receives the old session's id
     *                     for {@link Sessions#startAgainFrom}
     * @param optionNames  an option's name from its id, for the leaning
     * @param owner        the window the dialogs belong to
     */
    public HistoryView(Sessions store, ProfileRules importRules, Messages messages,
                       Function<String, String> optionNames, Consumer<SessionId> onOpen,
                       Consumer<SessionId> onStartAgain, Supplier<Window> owner) {
        this(HistoryStore.of(store, importRules), messages, optionNames, onOpen, onStartAgain, owner,
                FileChoices.nativeDialogs(messages), SessionQuery.DEFAULT_LIMIT);
    }

    HistoryView(HistoryStore store, Messages messages, Function<String, String> optionNames, Consumer<SessionId> onOpen,
                Consumer<SessionId> onStartAgain, Supplier<Window> owner, FileChoices files, int pageSize) {
        this.store = store;
        this.messages = messages;
        this.onOpen = onOpen;
        this.onStartAgain = onStartAgain;
        this.owner = owner;
        this.files = files;
        this.pageSize = pageSize;
        this.texts = new SessionTexts(messages, zone, optionNames);
        this.dialogs = new HistoryDialogs(messages);
        Label title = Texts.heading(messages.get("history.title"), 1);
        title.getStyleClass().add("history-title");
        this.filters = new HistoryFilters(messages, zone, title);
        getStyleClass().add("history");
        setId("history");

        filters.setOnChange(() -> search(null));
        addEventFilter(KeyEvent.KEY_PRESSED, filters::showMoreFor);
        setTop(filters);

        buildTable();
        columnFit = new ColumnFit<>(table.getColumns(), SessionSummary::warningSign);
        status.fontProperty().subscribe(columnFit::setFont);
        // A short window, or a large text size, gives its room to the list rather than to the less used filters.
        InvalidationListener room = changed ->
                filters.showMoreWhen(getHeight() >= ROOMY_EM * status.getFont().getSize());
        heightProperty().addListener(room);
        status.fontProperty().addListener(room);
        setCenter(table);
        setBottom(new VBox(actions(), footer()));

        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                filters.searchField().requestFocus();
            }
        });
        search(null);
    }

    private void buildTable() {
        table.setId("history-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setAccessibleText(messages.get("history.table.accessible"));
        table.setPlaceholder(new Label(messages.get("history.table.empty")));
        table.getColumns().setAll(List.of(
                column(messages.get("history.column.name"), texts::name),
                column(messages.get("history.column.warning"), texts::warningSign),
                column(messages.get("history.column.condition"), texts::condition),
                column(messages.get("history.column.started"), s -> texts.dateTime(s.createdAt())),
                column(messages.get("history.column.changed"), s -> texts.dateTime(s.updatedAt())),
                column(messages.get("history.column.status"), s -> texts.status(s.status())),
                column(messages.get("history.column.pain"), s -> texts.pain(s.painIntensity())),
                column(messages.get("history.column.sure"), s -> texts.sureScore(s.sureScore())),
                column(messages.get("history.column.leaning"), s -> texts.leaning(s.leaning()))));
        // Every column as wide as its heading and its texts at the text size chosen, so nothing is cut short; a
        // table wider than the window scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && single().isPresent()) {
                event.consume();
                open();
            }
        });
        table.setRowFactory(view -> {
            TableRow<SessionSummary> row = new TableRow<>();
            row.itemProperty().subscribe(item -> row.pseudoClassStateChanged(WARNING_SIGN,
                    item != null && item.warningSign()));
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open();
                }
            });
            return row;
        });
    }

    private static TableColumn<SessionSummary, String> column(String title, Function<SessionSummary, String> text) {
        TableColumn<SessionSummary, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        // Sorting on screen would sort only the pages loaded so far; the list is always newest first.
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    /** Offers "Summary (PDF or print)" for the chosen session; it receives the session's id. */
    public void setOnSummary(Consumer<SessionId> action) {
        onSummary.set(action);
    }

    private FlowPane actions() {
        BooleanBinding oneChosen = Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
        BooleanBinding twoChosen = Bindings.size(table.getSelectionModel().getSelectedItems()).isNotEqualTo(2);

        Button open = button("history-open", messages.get("history.open"), this::open);
        open.textProperty().bind(Bindings.createStringBinding(
                () -> single().filter(s -> s.status() == SessionStatus.IN_PROGRESS).isPresent()
                        ? messages.get("history.resume") : messages.get("history.open"),
                table.getSelectionModel().getSelectedItems()));
        open.disableProperty().bind(oneChosen);
        Button startAgain = button("history-start-again", messages.get("history.startAgain"),
                () -> single().ifPresent(s -> onStartAgain.accept(s.id())));
        startAgain.disableProperty().bind(oneChosen);
        Button summary = button("history-summary", messages.get("history.summary"),
                () -> single().ifPresent(s -> onSummary.get().accept(s.id())));
        summary.disableProperty().bind(oneChosen);
        summary.visibleProperty().bind(onSummary.isNotNull());
        summary.managedProperty().bind(summary.visibleProperty());
        Button export = button("history-export", messages.get("history.export"), this::export);
        export.disableProperty().bind(oneChosen);
        Button delete = button("history-delete", messages.get("history.delete"), this::delete);
        delete.disableProperty().bind(oneChosen);
        Button compare = button("history-compare", messages.get("history.compare"), this::compare);
        compare.disableProperty().bind(twoChosen);
        compare.setAccessibleHelp(messages.get("history.compare.hint"));
        Label hint = Texts.note(messages.get("history.compare.hint"));

        FlowPane actions = new FlowPane(open, startAgain, summary, export, compare, delete, hint);
        actions.getStyleClass().add("history-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private HBox footer() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("history-progress");
        progress.setAccessibleText(messages.get("history.working"));
        progress.visibleProperty().bind(running.greaterThan(0));
        progress.managedProperty().bind(progress.visibleProperty());
        status.setId("history-status");
        status.getStyleClass().add("history-status");
        status.setWrapText(true);

        loadMore.setId("history-load-more");
        loadMore.setText(messages.get("history.loadMore"));
        loadMore.setMnemonicParsing(true);
        loadMore.setOnAction(e -> loadMore());
        loadMore.setDisable(true);
        Button importButton = button("history-import", messages.get("history.import"), this::importSession);
        Button deleteAll = button("history-delete-all", messages.get("history.deleteAll"), this::deleteAll);
        deleteAll.getStyleClass().add("danger");
        // The buttons keep their whole words; the status beside them wraps instead.
        for (Button button : List.of(loadMore, importButton, deleteAll)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(status, Priority.SOMETIMES);
        HBox footer = new HBox(progress, status, spacer, loadMore, importButton);
        if (store.onThisComputer()) {
            footer.getChildren().add(deleteAll);
        }
        footer.getStyleClass().add("history-footer");
        footer.setAlignment(Pos.CENTER_LEFT);
        return footer;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setMnemonicParsing(true);
        button.setOnAction(e -> action.run());
        return button;
    }

    // ---- listing ----

    /** Loads the list again (sessions changed elsewhere), keeping the selection when the session is still there. */
    public void refresh() {
        List<SessionSummary> chosen = table.getSelectionModel().getSelectedItems();
        search(chosen.size() == 1 ? chosen.get(0).id() : null);
    }

    /** Loads the first page for the current filters, then selects {@code toSelect} if it is on it. */
    private void search(SessionId toSelect) {
        SessionQuery query = filters.query(pageSize);
        int number = ++searchNumber;
        status.setText(messages.get("history.loading"));
        background(BackgroundWork.run(() -> store.list(query)))
                .onSuccess(page -> {
                    if (number == searchNumber) {
                        shownQuery = query;
                        rows.setAll(page.sessions());
                        columnFit.restart(page.sessions());
                        showPage(page);
                        select(toSelect);
                    }
                })
                .onError(problem -> showProblem(messages.get("history.problem.list"), problem))
                .start();
    }

    private void loadMore() {
        if (nextPage.isEmpty()) {
            return;
        }
        SessionQuery query = shownQuery.after(nextPage.get());
        int number = searchNumber;
        loadMore.setDisable(true);
        status.setText(messages.get("history.loading"));
        background(BackgroundWork.run(() -> store.list(query)))
                .onSuccess(page -> {
                    if (number == searchNumber) {
                        rows.addAll(page.sessions());
                        columnFit.add(page.sessions());
                        showPage(page);
                    }
                })
                .onError(problem -> {
                    loadMore.setDisable(false);
                    showProblem(messages.get("history.problem.list"), problem);
                })
                .start();
    }

    private void showPage(SessionPage page) {
        nextPage = page.next();
        loadMore.setDisable(nextPage.isEmpty());
        status.setText(messages.format(nextPage.isPresent() ? "history.showingMore" : "history.showing", rows.size()));
    }

    private void select(SessionId id) {
        if (id == null) {
            return;
        }
        rows.stream().filter(row -> row.id().equals(id)).findFirst().ifPresent(row -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
            table.scrollTo(row);
            table.requestFocus();
        });
    }

    // ---- actions ----

    private void open() {
        single().ifPresent(session -> onOpen.accept(session.id()));
    }

    private void export() {
        single().ifPresent(session -> files.exportTo(owner.get(), messages.format("history.export.fileName",
                session.id().value())).ifPresent(file -> {
            status.setText(messages.get("history.export.saving"));
            background(BackgroundWork.run(() -> {
                store.exportTo(session.id(), file);
                return file;
            }))
                    .onSuccess(saved -> status.setText(messages.format("history.export.done", saved.toString())))
                    .onError(problem -> showProblem(messages.get("history.problem.export"), problem))
                    .start();
        }));
    }

    private void delete() {
        single().ifPresent(session -> {
            if (!dialogs.confirmDelete(owner.get(), texts.name(session), texts.dateTime(session.createdAt()))) {
                return;
            }
            status.setText(messages.get("history.delete.deleting"));
            background(BackgroundWork.await(() -> store.delete(session.id())))
                    .onSuccess(deleted -> {
                        rows.remove(session);
                        status.setText(messages.format("history.delete.done", texts.name(session)));
                    })
                    .onError(problem -> showProblem(messages.get("history.problem.delete"), problem))
                    .start();
        });
    }

    private void deleteAll() {
        if (!dialogs.confirmDeleteAll(owner.get())) {
            return;
        }
        status.setText(messages.get("history.deleteAll.deleting"));
        background(BackgroundWork.await(store::deleteAll))
                .onSuccess(nothing -> {
                    searchNumber++;
                    rows.clear();
                    nextPage = Optional.empty();
                    loadMore.setDisable(true);
                    status.setText(messages.get("history.deleteAll.done"));
                })
                .onError(problem -> showProblem(messages.get("history.problem.delete"), problem))
                .start();
    }

    private void compare() {
        List<SessionSummary> chosen = table.getSelectionModel().getSelectedItems().stream()
                .sorted(Comparator.comparing(SessionSummary::createdAt).thenComparing(s -> s.id().value()))
                .toList();
        if (chosen.size() != 2) {
            return;
        }
        SessionSummary earlier = chosen.get(0);
        SessionSummary later = chosen.get(1);
        status.setText(messages.get("history.compare.loading"));
        background(BackgroundWork.run(() -> store.compare(earlier.id(), later.id())))
                .onSuccess(comparison -> {
                    status.setText("");
                    dialogs.showComparison(owner.get(), new ComparisonPane(messages, texts, earlier, later, comparison));
                })
                .onError(problem -> showProblem(messages.get("history.problem.compare"), problem))
                .start();
    }

    private void importSession() {
        files.importFrom(owner.get()).ifPresent(file -> {
            status.setText(messages.get("history.import.reading"));
            background(BackgroundWork.await(() -> store.importFile(file)))
                    .onSuccess(this::showImported)
                    .onError(problem -> {
                        status.setText("");
                        if (problem instanceof ImportException refused) {
                            dialogs.showProblem(owner.get(), messages.get("history.import.refused"),
                                    messages.failure(refused));
                        } else {
                            showProblem(messages.get("history.problem.import"), problem);
                        }
                    })
                    .start();
        });
    }

    /** An imported session keeps the day it was started, so the list shows that day to be sure it is on screen. */
    private void showImported(SessionId id) {
        background(BackgroundWork.run(() -> store.find(id)))
                .onSuccess(found -> found.ifPresent(session -> {
                    filters.showOnly(session.createdAt().atZone(zone).toLocalDate());
                    search(id);
                }))
                .onError(problem -> showProblem(messages.get("history.problem.list"), problem))
                .start();
    }

    // ---- helpers ----

    /** How many cell texts the last column fitting measured. */
    int columnTextsMeasured() {
        return columnFit.measuredLastTime();
    }

    private Optional<SessionSummary> single() {
        List<SessionSummary> chosen = table.getSelectionModel().getSelectedItems();
        return chosen.size() == 1 ? Optional.ofNullable(chosen.get(0)) : Optional.empty();
    }

    /** Counts the work in flight, so the progress indicator shows while anything runs. */
    private <T> BackgroundWork<T> background(BackgroundWork<T> work) {
        running.set(running.get() + 1);
        return work.andFinally(() -> running.set(running.get() - 1));
    }

    private void showProblem(String header, Throwable problem) {
        status.setText("");
        dialogs.showProblem(owner.get(), header, messages.failure(problem));
    }
}
