package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerGroup;
import fangrid.domain.ImportRecord;
import fangrid.domain.ScoringMode;
import fangrid.ui.common.Alerts;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

/** The sidebar: the open project, its analysis date and base, the segments to drag, and the imports to undo. */
public final class SidebarController {
    private final MainModel model;
    private final Messages messages;
    private final Formats formats;
    private final ChangeListener<Analysis> analysisListener = (o, old, a) -> render(a);

    @FXML private Label projectName;
    @FXML private Label asOf;
    @FXML private Label customers;
    @FXML private Label scoring;
    @FXML private Label categoryLabel;
    @FXML private ComboBox<String> categoryChoice;
    private CategoryChoice categories;
    @FXML private ListView<CustomerGroup> segmentList;
    @FXML private ListView<ImportRecord> importList;

    public SidebarController(MainModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    @FXML
    private void initialize() {
        importList.setItems(model.imports());
        importList.setCellFactory(list -> new ImportCell());
        importList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                undoSelectedImport();
            }
        });
        importList.setPlaceholder(new Label(messages.get("sidebar.noImports")));
        categories = new CategoryChoice(model, messages, categoryChoice);
        categoryLabel.setLabelFor(categoryChoice);
        model.analysisProperty().addListener(analysisListener);
        render(model.analysisProperty().get());
    }

    /** The list of segments, cells and saved segments, filled by the linked views. */
    ListView<CustomerGroup> segmentList() {
        return segmentList;
    }

    /** True while no import is selected. */
    ObservableBooleanValue noImportSelected() {
        return importList.getSelectionModel().selectedItemProperty().isNull();
    }

    /** Asks, then takes back the import selected in the sidebar. */
    void undoSelectedImport() {
        ImportRecord r = importList.getSelectionModel().getSelectedItem();
        if (r == null || model.busyProperty().get()) {
            return;
        }
        if (Alerts.confirmed(importList.getScene().getWindow(), messages.get("menu.file.undoImport"),
                messages.format("undo.confirm", r.fileName(), formats.count(r.rowsImported())))) {
            model.undoImport(r);
        }
    }

    /** Detaches the sidebar from the model (the window is being replaced). */
    void dispose() {
        model.analysisProperty().removeListener(analysisListener);
        importList.setItems(null);
    }

    private void render(Analysis a) {
        boolean has = a != null && a.hasTransactions();
        projectName.setText(a == null ? messages.get("sidebar.noProject") : a.projectName());
        asOf.setText(has ? messages.format("sidebar.asOf", a.asOf().format(
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale()))) : "");
        customers.setText(a == null ? "" : messages.format("sidebar.customers", formats.count(a.firstCategory().base())));
        scoring.setText(a == null ? "" : messages.get(a.rfm().mode() == ScoringMode.RFM_PACKAGE
                ? "sidebar.scoring.lines" : "sidebar.scoring.occasions"));
        if (a != null) {
            categories.show(a);
        }
    }

    /** One import in the sidebar: file name, kind and rows. */
    private final class ImportCell extends ListCell<ImportRecord> {
        @Override
        protected void updateItem(ImportRecord r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : messages.format("sidebar.import", r.fileName(),
                    messages.get("kind." + r.kind()), formats.count(r.rowsImported())));
        }
    }
}
