package org.secondlook.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.secondlook.ui.options.CertaintyBadge;
import org.secondlook.ui.options.IconArray;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What a screen reader and a keyboard user meet on the screen shown: every control that takes the focus has an
 * accessible name and a role, icon arrays and badges have a text, Tab reaches every such control and moves in
 * reading order (never back up and to the left within one part of the window), and nothing answers to the mouse
 * alone.
 */
public final class AccessibilityAudit {

    private AccessibilityAudit() {
    }

    /** The problems found, one line each; empty when there are none. */
    public static List<String> problems(FxRobot robot, Scene scene) {
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        List<Node> focusable = onFx(robot, () -> {
            List<Node> nodes = new ArrayList<>();
            walk(scene.getRoot(), nodes, problems);
            return nodes;
        });
        for (Node node : focusable) {
            onFx(robot, () -> {
                Object name = node.queryAccessibleAttribute(AccessibleAttribute.TEXT);
                Object labelledBy = node.queryAccessibleAttribute(AccessibleAttribute.LABELED_BY);
                if ((name == null || name.toString().isBlank()) && labelledBy == null) {
                    problems.add("no accessible name: " + describe(node));
                }
                AccessibleRole role = node.getAccessibleRole();
                if (role == AccessibleRole.NODE || role == AccessibleRole.PARENT) {
                    problems.add("no role: " + describe(node));
                }
                return null;
            });
        }
        problems.addAll(tabOrder(robot, scene, focusable));
        return problems;
    }

    private static void walk(Node node, List<Node> focusable, List<String> problems) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node instanceof ScrollBar) {
            return; // scrolled with the keyboard through the focused content
        }
        if (node.isFocusTraversable()) {
            if (!insideFocusable(node)) {
                focusable.add(node); // not an editor inside a spinner or combo box, which the control stands for
            }
        } else if ((node instanceof ButtonBase || node.getOnMouseClicked() != null || node.getOnMousePressed() != null)
                && !node.getStyleClass().contains("viewport") && !insideFocusable(node)) {
            problems.add("answers to the mouse only: " + describe(node));
        }
        if ((node instanceof IconArray || node instanceof CertaintyBadge)
                && (node.getAccessibleText() == null || node.getAccessibleText().isBlank())) {
            problems.add("no text equivalent: " + describe(node));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, focusable, problems));
        }
    }

    private static boolean insideFocusable(Node node) {
        for (Node up = node.getParent(); up != null; up = up.getParent()) {
            if (up.isFocusTraversable()) {
                return true;
            }
        }
        return false;
    }

    /** Presses Tab round the whole cycle and checks what it reached and in which order. */
    private static List<String> tabOrder(FxRobot robot, Scene scene, List<Node> focusable) {
        List<String> problems = new ArrayList<>();
        if (focusable.isEmpty()) {
            return problems;
        }
        robot.interact(() -> focusable.get(0).requestFocus());
        Set<Node> visited = new LinkedHashSet<>();
        List<Node> order = new ArrayList<>();
        for (int i = 0; i < focusable.size() * 2 + 5; i++) {
            Node owner = onFx(robot, scene::getFocusOwner);
            if (owner == null || !visited.add(owner)) {
                break;
            }
            order.add(owner);
            if (owner instanceof TextArea) {
                // Tab types a tab character in a text area; Ctrl+Tab leaves it.
                robot.press(KeyCode.CONTROL).type(KeyCode.TAB).release(KeyCode.CONTROL);
            } else {
                robot.type(KeyCode.TAB);
            }
        }
        for (Node node : focusable) {
            if (!visited.contains(node) && !groupReached(node, visited)) {
                problems.add("Tab never reaches: " + describe(node));
            }
        }
        for (int i = 1; i < order.size(); i++) {
            Node before = order.get(i - 1);
            Node after = order.get(i);
            Bounds from = onFx(robot, () -> before.localToScene(before.getLayoutBounds()));
            Bounds to = onFx(robot, () -> after.localToScene(after.getLayoutBounds()));
            boolean backUpAndLeft = to.getMaxY() < from.getMinY() && to.getMaxX() < from.getMinX();
            if (backUpAndLeft && region(robot, before) == region(robot, after)) {
                problems.add("Tab goes back up and to the left: " + describe(before) + " -> " + describe(after));
            }
        }
        return problems;
    }

    /** The child of the scene's root holding {@code node}: the window's header, step list, page or navigation. */
    private static Node region(FxRobot robot, Node node) {
        return onFx(robot, () -> {
            Node region = node;
            while (region.getParent() != null && region.getParent() != region.getScene().getRoot()) {
                region = region.getParent();
            }
            return region;
        });
    }

    private static String describe(Node node) {
        String text = String.valueOf(node.getAccessibleText());
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + " "
                + node.getStyleClass() + " (" + text + ")";
    }

    private static <T> T onFx(FxRobot robot, java.util.concurrent.Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        robot.interact(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return result.get();
    }

    /**
     * Tab stops once in a group of radio or toggle buttons that has a choice (at the chosen one), and the arrow keys
     * move within the group, as on every desktop; a member of a group that Tab reached is reachable.
     */
    private static boolean groupReached(Node node, java.util.Collection<Node> visited) {
        return node instanceof javafx.scene.control.Toggle toggle && toggle.getToggleGroup() != null
                && visited.stream().anyMatch(other -> other instanceof javafx.scene.control.Toggle reached
                        && reached.getToggleGroup() == toggle.getToggleGroup());
    }
}
