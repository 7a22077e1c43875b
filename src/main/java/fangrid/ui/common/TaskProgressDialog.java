package fangrid.ui.common;

import java.util.function.UnaryOperator;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/**
 * Shows long work running (an import, an export) with its progress and a Cancel button; closes itself when the
 * work ends. The bar is indeterminate until the task reports progress.
 */
public final class TaskProgressDialog {
    private TaskProgressDialog() {
    }

    /** {@code text} turns the task's message (e.g. a row count) into the line shown under the bar. */
    public static void show(Task<?> task, String title, UnaryOperator<String> text, javafx.stage.Window owner) {
        Alert dialog = new Alert(Alert.AlertType.NONE);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(task.progressProperty());
        bar.setPrefWidth(360);
        Label rows = new Label();
        rows.setId("taskProgressText");
        rows.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> task.getMessage() == null || task.getMessage().isEmpty() ? "" : text.apply(task.getMessage()),
                task.messageProperty()));
        dialog.getDialogPane().setContent(new VBox(8, bar, rows));
        dialog.getButtonTypes().setAll(ButtonType.CANCEL);
        // Never interrupt the worker: an interrupted H2 file channel closes the database. The work polls instead.
        dialog.setOnCloseRequest(e -> {
            if (task.isRunning()) {
                task.cancel(false);
            }
        });
        task.stateProperty().addListener((o, a, state) -> {
            if (state != Worker.State.RUNNING && state != Worker.State.SCHEDULED && dialog.isShowing()) {
                dialog.close();
            }
        });
        if (task.isRunning() || task.getState() == Worker.State.READY || task.getState() == Worker.State.SCHEDULED) {
            dialog.show();
        }
    }
}
