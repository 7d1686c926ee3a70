package org.secondlook.ui.wizard;

import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.secondlook.ui.common.Messages;

/** Step list on the left, the current step in the middle, Back / Next below. */
public final class WizardView extends BorderPane {

    public static final KeyCombination BACK_SHORTCUT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    /** Below this width, in the window's em, the step names take too much of it. */
    private static final double NARROW_EM = 56;
    private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");

    private final WizardModel model;
    private boolean narrowNow;
    private final ScrollPane page = new ScrollPane();
    private Function<WizardStep, Node> footer = step -> null;

    public WizardView(WizardModel model, Messages messages, Node header) {
        this.model = model;
        getStyleClass().add("wizard");

        StepList stepList = new StepList(model, messages);
        ScrollPane stepScroller = new ScrollPane(stepList);
        stepScroller.setFitToWidth(true);
        stepScroller.getStyleClass().add("step-list-scroller");
        stepScroller.setFocusTraversable(false);
        VBox.setVgrow(stepScroller, Priority.ALWAYS);
        VBox steps = new VBox(namesToggle(stepList, messages), stepScroller);
        steps.getStyleClass().add("step-column");
        stepList.namesShown().subscribe(shown -> steps.pseudoClassStateChanged(COMPACT, !shown));

        page.setFitToWidth(true);
        page.getStyleClass().add("page-scroller");
        page.setFocusTraversable(false);

        Button back = new Button(messages.get("nav.back"));
        back.setId("back");
        back.setCancelButton(true);
        back.disableProperty().bind(model.canGoBack().map(can -> !can));
        back.setOnAction(e -> model.back());

        Button next = new Button(messages.get("nav.next"));
        next.setId("next");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canGoNext().map(can -> !can));
        next.setOnAction(e -> model.next());
        // Where the row is short of room, the reason beside them wraps; the buttons keep their words.
        back.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);

        Label why = new Label();
        why.setId("next-blocker");
        why.getStyleClass().add("blocker");
        why.setWrapText(true);
        why.setMinWidth(0);
        why.textProperty().bind(model.blocker());
        why.visibleProperty().bind(model.blocker().map(reason -> true).orElse(false));
        why.managedProperty().bind(why.visibleProperty());
        next.accessibleHelpProperty().bind(model.blocker());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(why, Priority.SOMETIMES);
        HBox nav = new HBox(back, spacer, why, next);
        nav.setAlignment(Pos.CENTER_LEFT);
        nav.getStyleClass().add("nav-bar");

        setTop(header);
        setLeft(steps);
        setCenter(page);
        setBottom(nav);

        addEventFilter(KeyEvent.KEY_PRESSED, this::enterMeansNext);
        model.currentStep().subscribe(this::show);
        model.reopened().subscribe(count -> refreshPage());
        sceneProperty().subscribe(scene -> {
            if (scene != null) {
                scene.getAccelerators().put(BACK_SHORTCUT, model::back);
            }
        });
    }

    /**
     * Hides the step names when the window is narrow for its text size (at 200 % nearly always, at 150 % in a
     * 1024-pixel window) and shows them again when it is wide; the button switches them either way in between.
     */
    private ToggleButton namesToggle(StepList stepList, Messages messages) {
        ToggleButton toggle = new ToggleButton();
        toggle.setId("step-names");
        toggle.getStyleClass().add("step-names-toggle");
        toggle.setMaxWidth(Double.MAX_VALUE);
        toggle.setSelected(stepList.namesShown().get());
        stepList.namesShown().bind(toggle.selectedProperty());
        toggle.textProperty().bind(toggle.selectedProperty().map(shown ->
                messages.get(shown ? "steps.names.hide" : "steps.names.show")));
        toggle.accessibleTextProperty().bind(toggle.selectedProperty().map(shown ->
                messages.get(shown ? "steps.names.hide.accessible" : "steps.names.show.accessible")));
        // Made on the first hover, not with the first frame: a tooltip brings its own pop-up window and timers.
        toggle.addEventHandler(MouseEvent.MOUSE_ENTERED, new EventHandler<>() {
            @Override
            public void handle(MouseEvent entered) {
                toggle.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                toggle.tooltipProperty().bind(toggle.accessibleTextProperty().map(Tooltip::new));
            }
        });
        InvalidationListener fit = obs -> fitNames(toggle);
        widthProperty().addListener(fit);
        toggle.fontProperty().addListener(fit);
        return toggle;
    }

    private void fitNames(ToggleButton toggle) {
        boolean narrow = getWidth() > 0 && getWidth() < NARROW_EM * toggle.getFont().getSize();
        if (narrow != narrowNow) {
            narrowNow = narrow;
            toggle.setSelected(!narrow);
        }
    }

    private void show(WizardStep step) {
        if (step == null) {
            return;
        }
        step.onShow();
        Node content = step.content();
        Node extra = footer.apply(step);
        page.setContent(extra == null ? content : new VBox(content, extra));
        page.setVvalue(0);
        Platform.runLater(() -> focusFirstControl(content));
    }

    /** Puts keyboard focus on the page's first control, so a keyboard user starts on the page, not in the header. */
    private static boolean focusFirstControl(Node node) {
        if (node.isFocusTraversable() && !node.isDisabled() && node.isVisible()) {
            node.requestFocus();
            return true;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (focusFirstControl(child)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Enter goes to the next step from anywhere on the page, except where Enter has a meaning of its
     * own: a new line in a text area, choosing in an open list, pressing a focused button, or finishing a typed
     * answer in a text or number box.
     * Check boxes and radio buttons would otherwise swallow it before the default button sees it.
     */
    private void enterMeansNext(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isShiftDown() || event.isControlDown() || getScene() == null) {
            return;
        }
        Node focused = getScene().getFocusOwner();
        if (focused instanceof TextArea || focused instanceof ComboBoxBase<?> box && box.isShowing()
                || focused instanceof ChoiceBox<?> choice && choice.isShowing()) {
            return;
        }
        if (focused instanceof TextField field) {
            // Enter finishes a typed answer; it must not skip the questions after it.
            field.fireEvent(new ActionEvent());
            event.consume();
            return;
        }
        if (focused instanceof Spinner<?>) {
            event.consume();
            return;
        }
        if (focused instanceof Button button) {
            button.fire();
        } else {
            model.next();
        }
        event.consume();
    }

    /** Something to show under every page, e.g. the clinician's notes for that step; null for nothing. */
    public void setPageFooter(Function<WizardStep, Node> footer) {
        this.footer = footer;
        refreshPage();
    }

    /** Shows the current step again, e.g. when what goes under it has changed. */
    public void refreshPage() {
        show(model.currentStep().get());
    }

    public WizardModel model() {
        return model;
    }
}
