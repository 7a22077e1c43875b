package fangrid.ui.common;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Says what filters a view (e.g. 絞り込み: R1F1 + R1F2 · 1,234人) with one button to clear it; hidden for everyone. */
public final class FilterChip extends HBox {
    private final Label text = new Label();
    private final Button clear = new Button("✕");

    public FilterChip(Messages messages, String id, Runnable onClear) {
        getStyleClass().add("filter-chip");
        setId(id);
        text.getStyleClass().add("filter-chip-text");
        text.setId(id + "-text");
        clear.getStyleClass().add("filter-chip-clear");
        clear.setId(id + "-clear");
        clear.setTooltip(new Tooltip(messages.get("filter.clear")));
        clear.setAccessibleText(messages.get("filter.clear"));
        clear.setOnAction(e -> onClear.run());
        getChildren().addAll(text, clear);
        show(null);
    }

    /** Shows {@code description}, or hides the chip when it is null (everyone). */
    public void show(String description) {
        text.setText(description == null ? "" : description);
        setVisible(description != null);
        setManaged(description != null);
    }

    public String text() {
        return text.getText();
    }
}
