package fangrid.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * Covers a view that has nothing to show yet with a sentence saying what it needs and a button that does it (e.g.
 * "the matrix needs survey answers" and "Import Survey Answers…"), instead of a view full of zeros. The view keeps
 * its place in the layout, hidden, so that nothing moves when it comes back.
 */
public final class EmptyState extends VBox {
    private final Node covered;
    private final Label message = new Label();
    private final Button action = new Button();

    /** An empty state for {@code covered}, to be placed over it (e.g. in the same StackPane); hidden at first. */
    public EmptyState(String id, Node covered) {
        this.covered = covered;
        setId(id);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        message.setId(id + "-message");
        message.getStyleClass().add("empty-state-message");
        message.setWrapText(true);
        action.setId(id + "-action");
        action.setDefaultButton(false);
        getChildren().addAll(message, action);
        // The message wraps to the view's width; it never widens the view.
        setMinSize(0, 0);
        setPrefSize(0, 0);
        hide();
    }

    /** Hides the view and says {@code text}, with a button {@code actionText} that runs {@code onAction}. */
    public void show(String text, String actionText, Runnable onAction) {
        message.setText(text);
        action.setText(actionText);
        action.setOnAction(e -> onAction.run());
        covered.setVisible(false);
        setVisible(true);
    }

    /** Shows the view again. */
    public void hide() {
        setVisible(false);
        covered.setVisible(true);
    }

    /** Disables the button, e.g. while the project is busy. */
    public BooleanProperty actionDisableProperty() {
        return action.disableProperty();
    }
}
