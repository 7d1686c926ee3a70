package org.secondlook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.secondlook.advice.ConditionIds;
import org.secondlook.advice.Diagnosis;
import org.secondlook.advice.DurationAnswer;
import org.secondlook.advice.Profile;
import org.secondlook.advice.Site;
import org.secondlook.advice.StepId;
import org.secondlook.knowledge.Category;
import org.secondlook.session.Mode;
import org.secondlook.session.PainAsGiven;
import org.secondlook.session.SessionAnswers;
import org.secondlook.session.settings.UserSettings;
import org.secondlook.ui.common.Appearance;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The options step for every condition, at 100 % and 200 % text, in a 1024×700 and a 1366×900 window: the overview
 * and the comparison never scroll sideways, no label is narrower than its longest word, the columns never put an
 * experimental option before an established one, and the overview stays short enough to read together.
 */
class OptionsLayoutTest extends WindowTestBase {

    private static final int[][] WINDOWS = {{1024, 700}, {1366, 900}};
    private static final int[] TEXT_SIZES = {100, 200};
    /** The overview may be at most this many screen-heights at 100 % in either window (the issue's "about 3"). */
    private static final double MAX_SCREENS = 3.2;

    @Start
    void start(Stage unused) {
        openWindow();
    }

    private static Map<String, SessionAnswers> everyCondition() {
        Map<String, SessionAnswers> sessions = new LinkedHashMap<>();
        for (Site site : Site.values()) {
            for (Diagnosis diagnosis : Diagnosis.values()) {
                if (!diagnosis.appliesTo(site)) {
                    continue;
                }
                Profile profile = new Profile(site, null, 30, 6, Map.of(), null, diagnosis, null, Set.of(), List.of(),
                        Map.of(), null, null, null, null, null);
                sessions.putIfAbsent(ConditionIds.of(diagnosis, site), new SessionAnswers(profile,
                        new PainAsGiven(DurationAnswer.fromWeeks(30), 6), StepId.OPTIONS, Mode.SELF, false, null,
                        null, null, null, null, null, null, null));
            }
        }
        return sessions;
    }

    @Test
    void everyConditionReadsWithoutSidewaysScrollingOrBrokenWordsAtAnySize(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        List<String> heights = new ArrayList<>();
        // The window is resized once per size, not per condition: Monocle's headless renderer can print a pixel-buffer
        // error when a resize lands while it paints.
        for (int[] size : WINDOWS) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            WaitForAsyncUtils.waitForFxEvents();
            for (Map.Entry<String, SessionAnswers> condition : everyCondition().entrySet()) {
                robot.interact(() -> {
                    window.state().replaceWith(condition.getValue(), null);
                    window.wizard().reopenAt(StepId.OPTIONS);
                });
                for (int percent : TEXT_SIZES) {
                    String where = condition.getKey() + " at " + size[0] + "×" + size[1] + ", " + percent + " %";
                    robot.interact(() -> {
                        Appearance.apply(stage.getScene(), UserSettings.defaults().withTextSize(percent));
                        robot.lookup("#view-overview").queryAs(ToggleButton.class).setSelected(true);
                    });
                    WaitForAsyncUtils.waitForFxEvents();
                    ScrollPane page = robot.lookup(".page-scroller").queryAs(ScrollPane.class);
                    check(where + ", all options", page, problems);
                    if (percent == 100) {
                        double screens = page.getContent().getBoundsInLocal().getHeight() / page.getViewportBounds().getHeight();
                        heights.add(String.format(Locale.ROOT, "%s %d×%d: %.1f", condition.getKey(), size[0], size[1], screens));
                        if (screens > MAX_SCREENS) {
                            problems.add(where + ": the overview is " + screens + " screens long");
                        }
                    }
                    robot.interact(() -> robot.lookup("#view-compare").queryAs(ToggleButton.class).setSelected(true));
                    WaitForAsyncUtils.waitForFxEvents();
                    check(where + ", side by side", page, problems);
                    List<Category> columns = window.state().decision().get().compared().stream()
                            .map(o -> o.category()).toList();
                    int firstExperimental = columns.indexOf(Category.EXPERIMENTAL);
                    if (firstExperimental >= 0 && columns.subList(firstExperimental, columns.size()).stream()
                            .anyMatch(c -> c != Category.EXPERIMENTAL)) {
                        problems.add(where + ": an experimental option comes first: " + columns);
                    }
                }
            }
        }
        System.out.println("Overview heights in screens: " + String.join("; ", heights));
        assertEquals(List.of(), problems);
    }

    private static void check(String where, ScrollPane page, List<String> problems) {
        for (Node bar : page.lookupAll(".scroll-bar")) {
            if (bar instanceof ScrollBar scrollBar && scrollBar.getOrientation() == Orientation.HORIZONTAL
                    && scrollBar.isVisible() && scrollBar.getParent() != null && isOwnBar(page, scrollBar)) {
                problems.add(where + ": the page scrolls sideways");
            }
        }
        Bounds viewport = page.getViewportBounds();
        if (page.getContent().getLayoutBounds().getWidth() > viewport.getWidth() + 1) {
            problems.add(where + ": the page is wider than the window, first because of " + widest(page.getContent(),
                    viewport.getWidth()));
        }
        for (Node node : page.getContent().lookupAll(".label")) {
            if (node instanceof Label label && label.isVisible() && showing(label) && label.getWidth() > 0
                    && label.getWidth() + 1 < longestWord(label)) {
                problems.add(where + ": \"" + shorten(label.getText()) + "\" is narrower than its longest word");
            }
        }
    }

    /** The deepest shown node whose smallest width is more than {@code width}, to say what makes the page too wide. */
    private static String widest(Node node, double width) {
        if (node instanceof javafx.scene.Parent parent) {
            double room = width - (node instanceof javafx.scene.layout.Region region
                    ? region.getInsets().getLeft() + region.getInsets().getRight() : 0);
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (child.isVisible() && child.isManaged() && child.minWidth(-1) > room) {
                    return widest(child, room);
                }
            }
        }
        Node shown = node.getParent() instanceof javafx.scene.control.Labeled ? node.getParent() : node;
        return shown.getClass().getSimpleName() + shown.getStyleClass() + (shown.getId() == null ? "" : "#" + shown.getId())
                + (shown instanceof javafx.scene.control.Labeled label ? " \"" + shorten(label.getText()) + "\"" : "")
                + " (min " + Math.round(node.minWidth(-1)) + ")";
    }

    private static boolean isOwnBar(ScrollPane page, ScrollBar bar) {
        Node parent = bar.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return parent == page;
    }

    private static boolean showing(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible() || !at.isManaged()) {
                return false;
            }
        }
        return true;
    }

    private static double longestWord(Label label) {
        double longest = 0;
        for (String word : label.getText().split("\\s+")) {
            Text text = new Text(word);
            text.setFont(label.getFont());
            longest = Math.max(longest, text.getLayoutBounds().getWidth());
        }
        return longest + label.getPadding().getLeft() + label.getPadding().getRight();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
