package fangrid.ui.importwizard;

import fangrid.ui.common.Messages;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;

/** Shows an import running (rows read so far) with a Cancel button; closes itself when the import ends. */
public final class ImportProgressDialog {
    private ImportProgressDialog() {
    }

    public static void show(Task<?> task, Messages messages, javafx.stage.Window owner) {
        Alert dialog = new Alert(Alert.AlertType.NONE);
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("import.running"));
        dialog.setHeaderText(messages.get("import.running"));
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setPrefWidth(360);
        Label rows = new Label();
        rows.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> task.getMessage() == null || task.getMessage().isEmpty() ? ""
                        : messages.format("import.rowsRead", Long.parseLong(task.getMessage())), task.messageProperty()));
        dialog.getDialogPane().setContent(new VBox(8, bar, rows));
        dialog.getButtonTypes().setAll(ButtonType.CANCEL);
        // Never interrupt the worker: an interrupted H2 file channel closes the database. The import polls instead.
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
