package org.secondlook.ui.options;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * 100 people as a 10 by 10 grid; the affected ones filled, grouped from the top-left corner. Filled
 * versus outlined carries the meaning, so it reads in grey scale and in high contrast (it sits on
 * its own white card); the text equivalent is the accessible text. Its size comes from CSS in em,
 * so it grows with the text size; it is drawn on one canvas, which keeps switching options fast.
 */
public final class IconArray extends Region {

    public static final int PEOPLE = 100;
    private static final Color INK = Color.web("#1d2329");
    private static final Color FILLED = Color.web("#1f5f99");

    private final int affected;
    private final Canvas canvas = new Canvas();

    public IconArray(double affectedPer100, String textEquivalent) {
        this.affected = (int) Math.round(affectedPer100);
        getStyleClass().add("icon-array");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleText(textEquivalent);
        getChildren().add(canvas);
    }

    public int affected() {
        return affected;
    }

    @Override
    protected void layoutChildren() {
        double side = Math.min(getWidth(), getHeight());
        if (side > 0 && (canvas.getWidth() != side || canvas.getHeight() != side)) {
            canvas.setWidth(side);
            canvas.setHeight(side);
            draw(side);
        }
    }

    private void draw(double side) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, side, side);
        g.setFill(Color.WHITE);
        g.fillRoundRect(0, 0, side, side, side / 20, side / 20);
        double cell = side / 10;
        g.setLineWidth(Math.max(0.8, cell / 12));
        g.setStroke(INK);
        for (int i = 0; i < PEOPLE; i++) {
            double x = (i % 10) * cell;
            double y = (i / 10) * cell;
            double head = cell * 0.34;
            double bodyWidth = cell * 0.64;
            double bodyHeight = cell * 0.38;
            double cx = x + cell / 2;
            g.setFill(i < affected ? FILLED : Color.WHITE);
            g.fillOval(cx - head / 2, y + cell * 0.1, head, head);
            g.strokeOval(cx - head / 2, y + cell * 0.1, head, head);
            g.fillRoundRect(cx - bodyWidth / 2, y + cell * 0.5, bodyWidth, bodyHeight, bodyWidth / 2, bodyWidth / 2);
            g.strokeRoundRect(cx - bodyWidth / 2, y + cell * 0.5, bodyWidth, bodyHeight, bodyWidth / 2, bodyWidth / 2);
        }
    }
}
