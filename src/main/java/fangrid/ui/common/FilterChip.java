package fangrid.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/**
 * Says what filters a view (e.g. 絞り込み: R1F1 + R1F2 · 1,234人) with one button to clear it; hidden for everyone.
 * Hidden, it keeps its height, and a long description is cut short (whole in its tooltip): a chip appearing never
 * moves or resizes the view it sits on. Its holder must not give it more than the room there is ({@link #hold}).
 */
public final class FilterChip extends HBox {
    private final Label text = new Label();
    private final Tooltip full = new Tooltip();
    private final Button clear = new Button("✕");

    public FilterChip(Messages messages, String id, Runnable onClear) {
        getStyleClass().add("filter-chip");
        setId(id);
        text.getStyleClass().add("filter-chip-text");
        text.setId(id + "-text");
        text.setTooltip(full);
        clear.getStyleClass().add("filter-chip-clear");
        clear.setId(id + "-clear");
        clear.setTooltip(new Tooltip(messages.get("filter.clear")));
        clear.setAccessibleText(messages.get("filter.clear"));
        clear.setOnAction(e -> onClear.run());
        getChildren().addAll(text, clear);
        setMaxWidth(USE_PREF_SIZE);
        show(null);
    }

    /** Puts the chip in {@code holder}, which then asks for no width of its own: it takes what its parent has left. */
    public void hold(Pane holder) {
        holder.setMinWidth(0);
        holder.setPrefWidth(0);
        holder.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(holder, Priority.ALWAYS);
        holder.getChildren().add(this);
    }

    /** Shows {@code description}, or hides the chip when it is null (everyone). */
    public void show(String description) {
        text.setText(description == null ? "" : description);
        full.setText(text.getText());
        setVisible(description != null);
    }

    public String text() {
        return text.getText();
    }
}
