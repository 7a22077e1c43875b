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
        // The state, not isRunning(): closing on the work's end comes while isRunning() is still true, and a
        // cancel then could turn a finished export or import into a cancelled one.
        dialog.setOnCloseRequest(e -> {
            if (isUnderway(task)) {
                task.cancel(false);
            }
        });
        task.stateProperty().addListener((o, a, state) -> {
            if (!isUnderway(task) && dialog.isShowing()) {
                dialog.close();
            }
        });
        if (isUnderway(task) || task.getState() == Worker.State.READY) {
            dialog.show();
        }
    }

    private static boolean isUnderway(Task<?> task) {
        return task.getState() == Worker.State.SCHEDULED || task.getState() == Worker.State.RUNNING;
    }
}
