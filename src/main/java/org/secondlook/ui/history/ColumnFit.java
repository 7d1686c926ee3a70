package org.secondlook.ui.history;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * Keeps each column as wide as its heading (in bold) and its widest text, plus the cell's padding, so nothing is cut
 * short; rows shown in bold are measured in bold. Only the rows handed over as they arrive are measured, a page at a
 * time, and each column remembers its few widest texts: the work on the FX thread stays the same however many rows
 * are loaded. A new text size measures those few again.
 */
final class ColumnFit<S> {

    /** Texts that are nearly as wide as each other can change places at another text size, so a few are kept. */
    private static final int KEPT = 3;

    private record Measured(String text, boolean bold, double width) {
    }

    private final List<TableColumn<S, ?>> columns;
    private final Predicate<S> bold;
    private final Map<TableColumn<S, ?>, List<Measured>> widest = new HashMap<>();
    private final Text probe = new Text();
    private Font font = Font.getDefault();
    private Font boldFont = bold(font);
    private int measured;

    /** @param bold which rows are shown in bold */
    ColumnFit(List<TableColumn<S, ?>> columns, Predicate<S> bold) {
        this.columns = List.copyOf(columns);
        this.bold = bold;
    }

    /** The rows now shown are {@code rows} and no others. */
    void restart(List<? extends S> rows) {
        widest.clear();
        add(rows);
    }

    /** {@code rows} were added to those shown. */
    void add(List<? extends S> rows) {
        measured = 0;
        for (TableColumn<S, ?> column : columns) {
            List<Measured> kept = widest.computeIfAbsent(column, c -> new ArrayList<>());
            for (S row : rows) {
                keep(kept, measure(String.valueOf(column.getCellData(row)), bold.test(row)));
            }
        }
        apply();
    }

    /** The text size changed: measures the kept texts again. */
    void setFont(Font font) {
        this.font = font;
        this.boldFont = bold(font);
        measured = 0;
        widest.replaceAll((column, kept) -> {
            List<Measured> again = new ArrayList<>();
            kept.forEach(old -> keep(again, measure(old.text(), old.bold())));
            return again;
        });
        apply();
    }

    /** How many cell texts the last change measured; the test that keeps this work bounded reads it. */
    int measuredLastTime() {
        return measured;
    }

    private void apply() {
        for (TableColumn<S, ?> column : columns) {
            double heading = width(column.getText(), true);
            double text = widest.getOrDefault(column, List.of()).stream().mapToDouble(Measured::width).max().orElse(0);
            column.setPrefWidth(Math.max(heading, text) + 1.5 * font.getSize());
        }
    }

    private Measured measure(String text, boolean inBold) {
        measured++;
        return new Measured(text, inBold, width(text, inBold));
    }

    private double width(String text, boolean inBold) {
        probe.setFont(inBold ? boldFont : font);
        probe.setText(text);
        return probe.getLayoutBounds().getWidth();
    }

    private static Font bold(Font font) {
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }

    private static void keep(List<Measured> kept, Measured candidate) {
        if (kept.stream().anyMatch(k -> k.text().equals(candidate.text()) && k.bold() == candidate.bold())) {
            return;
        }
        kept.add(candidate);
        kept.sort(Comparator.comparingDouble(Measured::width).reversed());
        if (kept.size() > KEPT) {
            kept.removeLast();
        }
    }
}
