package fangrid.ui.main;

import fangrid.domain.BadRow;
import fangrid.domain.DataKind;
import fangrid.domain.ImportReport;
import fangrid.ui.common.Alerts;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskProgressDialog;
import fangrid.ui.importwizard.ImportDialog;
import fangrid.ui.importwizard.ImportDialogModel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Importing one file from the window: the import dialog, the import with progress and cancel, the question about
 * unreadable rows, and the report.
 */
final class ImportFlow {
    private final MainModel model;
    private final Messages messages;
    private final Formats formats;
    private final FileDialogs dialogs;
    private final Window owner;

    ImportFlow(MainModel model, Messages messages, FileDialogs dialogs, Window owner) {
        this.model = model;
        this.dialogs = dialogs;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.owner = owner;
    }

    /** Asks for a file, then how to import it (as {@code kind} unless changed), then imports it. */
    void chooseAndRun(DataKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("menu.file.import"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("chooser.spreadsheets"),
                        "*.csv", "*.tsv", "*.txt", "*.xlsx", "*.xlsm", "*.xls", "*.gz", "*.CSV", "*.XLSX", "*.XLS"),
                new FileChooser.ExtensionFilter(messages.get("chooser.all"), "*"));
        File f = dialogs.open(chooser, owner);
        if (f != null) {
            run(f.toPath(), kind);
        }
    }

    /** Asks how to import {@code file}, as {@code kind} unless changed, then imports it with progress and cancel. */
    void run(Path file, DataKind kind) {
        ImportDialogModel dialogModel = model.importer().dialog(file);
        dialogModel.kindProperty().set(kind);
        ImportDialog dialog = new ImportDialog(dialogModel, messages);
        dialog.initOwner(owner);
        dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).ifPresent(b -> {
            var task = model.importer().importFile(file, dialogModel.kindProperty().get(), dialogModel.options(),
                    dialogModel.mappingProperty().get(), dialogModel.skipBadRowsProperty().get(),
                    (listed, count) -> askKeepGoodRows(file, listed, count), this::showReport);
            TaskProgressDialog.show(task, messages.get("import.running"),
                    rows -> messages.format("import.rowsRead", Long.parseLong(rows)), owner);
        });
    }

    /** Lists the unreadable rows and asks whether to import the good ones or cancel (nothing changes). */
    private boolean askKeepGoodRows(Path file, List<BadRow> listed, long count) {
        StringBuilder rows = new StringBuilder();
        listed.forEach(b -> rows.append(b.describe()).append('\n'));
        if (count > listed.size()) {
            rows.append(messages.format("import.badRows.more", formats.count(count - listed.size())));
        }
        TextArea list = new TextArea(rows.toString());
        list.setEditable(false);
        list.setPrefRowCount(12);
        list.setId("badRowsList");
        ButtonType keep = new ButtonType(messages.get("import.badRows.keep"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("import.badRows.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, "", keep, cancel);
        ask.setTitle(messages.get("import.badRows.title"));
        ask.setHeaderText(messages.format("import.badRows.header", file.getFileName().toString(), formats.count(count)));
        ask.getDialogPane().setContent(list);
        ask.initOwner(owner);
        return ask.showAndWait().filter(b -> b == keep).isPresent();
    }

    private void showReport(ImportReport r) {
        StringBuilder text = new StringBuilder(messages.format("import.report", formats.count(r.rowsRead()),
                formats.count(r.rowsImported()), formats.count(r.rowsSkipped())));
        r.skipped().forEach((reason, n) -> text.append("\n  ").append(messages.text(reason, reason.text()))
                .append(": ").append(formats.count(n)));
        r.badRows().stream().limit(10).forEach(b -> text.append("\n  ").append(b.describe()));
        if (r.datesOutsideRangeCount() > 0) {
            text.append("\n").append(messages.format("import.datesOutsideRange", formats.count(r.datesOutsideRangeCount())));
            r.datesOutsideRange().stream().limit(10).forEach(b -> text.append("\n  ").append(b.describe()));
        }
        if (r.rejectedFile() != null) {
            text.append("\n\n").append(messages.format("import.rejected", r.rejectedFile()));
        }
        Alerts.titled(Alert.AlertType.INFORMATION, owner, messages.get("import.done"), text.toString()).show();
    }
}
