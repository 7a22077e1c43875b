package fangrid.ui.common;

import fangrid.domain.CustomerGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * The selected cells of one view, by mouse and keyboard: a click selects a cell, Ctrl/⌘- or Shift-click adds or
 * removes one, Space toggles the focused cell, Ctrl+A selects all, Escape clears. Arrow keys move the focus
 * between cells (with Shift they also select). Selected cells have the style class {@code selected}.
 */
public final class CellSelection {
    private final ObservableSet<CustomerGroup> selected = FXCollections.observableSet(new LinkedHashSet<>());
    private final Map<CustomerGroup, Node> cells = new LinkedHashMap<>();
    private final Map<List<Integer>, CustomerGroup> byPosition = new java.util.HashMap<>();

    public CellSelection() {
        selected.addListener((SetChangeListener<CustomerGroup>) c -> {
            if (c.wasAdded()) {
                cells.get(c.getElementAdded()).getStyleClass().add("selected");
            }
            if (c.wasRemoved()) {
                cells.get(c.getElementRemoved()).getStyleClass().removeAll("selected");
            }
        });
    }

    /** Makes {@code node} the selectable cell of {@code group}, at {@code row} and {@code column} of its view. */
    public void register(CustomerGroup group, Node node, int row, int column) {
        cells.put(group, node);
        byPosition.put(List.of(row, column), group);
        node.setFocusTraversable(true);
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            node.requestFocus();
            if (e.isShortcutDown() || e.isShiftDown()) {
                toggle(group);
            } else if (!selected.contains(group)) {
                selectOnly(group);
            }
            // A scroll pane around the view would take the focus on the same press.
            e.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !e.isShortcutDown() && !e.isShiftDown()) {
                selectOnly(group);
            }
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                toggle(group);
                e.consume();
            } else if (e.getCode() == KeyCode.A && e.isShortcutDown()) {
                selected.addAll(cells.keySet());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                selected.clear();
            } else if (e.getCode().isArrowKey()) {
                int dr = e.getCode() == KeyCode.UP ? -1 : e.getCode() == KeyCode.DOWN ? 1 : 0;
                int dc = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
                CustomerGroup next = byPosition.get(List.of(row + dr, column + dc));
                if (next != null) {
                    cells.get(next).requestFocus();
                    if (e.isShiftDown()) {
                        selected.add(group);
                        selected.add(next);
                    }
                }
                e.consume();
            }
        });
    }

    public ObservableSet<CustomerGroup> selected() {
        return selected;
    }

    /** The selected groups in the views' order. */
    public List<CustomerGroup> selectedInOrder() {
        List<CustomerGroup> list = new ArrayList<>();
        for (CustomerGroup g : cells.keySet()) {
            if (selected.contains(g)) {
                list.add(g);
            }
        }
        return list;
    }

    /** The groups a drag starting on {@code group} carries: the selection if it holds {@code group}, else just it. */
    public List<CustomerGroup> carried(CustomerGroup group) {
        return selected.contains(group) ? selectedInOrder() : List.of(group);
    }

    public void selectOnly(CustomerGroup group) {
        selected.retainAll(List.of(group));
        selected.add(group);
    }

    public void toggle(CustomerGroup group) {
        if (!selected.remove(group)) {
            selected.add(group);
        }
    }

    /** The cell of {@code group}. */
    public Node cell(CustomerGroup group) {
        return cells.get(group);
    }
}
