package fangrid.ui.importwizard;

import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.Favorability;
import fangrid.domain.FavorabilityScale;
import fangrid.domain.Field;
import fangrid.domain.PreviewRow;
import fangrid.ui.common.Messages;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The import dialog: what the file holds, how it is read, which column feeds which field, and the first rows as
 * they will be read (parsed dates and amounts; problems in red). Its OK_DONE button means "import with this mapping".
 */
public final class ImportDialog extends Dialog<ButtonType> {
    private static final String NO_COLUMN = "—";
    /** Encodings offered besides detection; windows-31j is what Japanese Excel writes. */
    private static final List<String> ENCODINGS = List.of("", "windows-31j", "UTF-8", "UTF-16", "EUC-JP");

    private final ImportDialogModel model;
    private final Messages messages;
    private final FlowPane mappingPane = new FlowPane(10, 6);
    private final TableView<PreviewRow> table = new TableView<>();
    private final FlowPane answersPane = new FlowPane(8, 6);

    public ImportDialog(ImportDialogModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setTitle(messages.format("import.title", model.file().getFileName()));
        setHeaderText(messages.format("import.header", model.file().getFileName()));
        setResizable(true);
        ButtonType importButton = new ButtonType(messages.get("import.ok"), ButtonBar.ButtonData.OK_DONE);
        // JavaFX's own Cancel is worded once, in the OS's language, whatever language the window was switched to.
        ButtonType cancel = new ButtonType(messages.get("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(importButton, cancel);
        getDialogPane().lookupButton(importButton).disableProperty().bind(Bindings.createBooleanBinding(
                () -> !model.complete(), model.mappingProperty(), model.problemProperty()));

        ChoiceBox<DataKind> kind = new ChoiceBox<>(FXCollections.observableArrayList(DataKind.values()));
        kind.setConverter(converter(k -> messages.get("kind." + k.id())));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        kind.setId("importKind");
        ComboBox<String> encoding = new ComboBox<>(FXCollections.observableArrayList(ENCODINGS));
        encoding.setConverter(converter(e -> e.isEmpty() ? messages.get("import.encoding.auto") : e));
        encoding.valueProperty().bindBidirectional(model.encodingProperty());
        CheckBox skip = new CheckBox(messages.get("import.skipBadRows"));
        skip.selectedProperty().bindBidirectional(model.skipBadRowsProperty());
        Label kindLabel = new Label(messages.get("import.kind"));
        kindLabel.setLabelFor(kind);
        Label encodingLabel = new Label(messages.get("import.encoding"));
        encodingLabel.setLabelFor(encoding);
        ChoiceBox<String> sheet = new ChoiceBox<>(model.sheets());
        sheet.setId("importSheet");
        sheet.valueProperty().addListener((o, a, v) -> model.sheetProperty().set(v == null ? "" : v));
        model.sheets().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (sheet.getValue() == null && !model.sheets().isEmpty()) {
                sheet.setValue(model.sheets().get(0));
            }
        });
        Label sheetLabel = new Label(messages.get("import.sheet"));
        sheetLabel.setLabelFor(sheet);
        sheet.visibleProperty().bind(Bindings.isNotEmpty(model.sheets()));
        sheet.managedProperty().bind(sheet.visibleProperty());
        sheetLabel.visibleProperty().bind(sheet.visibleProperty());
        sheetLabel.managedProperty().bind(sheet.visibleProperty());
        HBox options = new HBox(10, kindLabel, kind, sheetLabel, sheet, encodingLabel, encoding, skip);
        options.getStyleClass().add("import-options");
        HBox reading = readingChoices();

        Label description = new Label();
        description.textProperty().bind(model.descriptionProperty());
        description.getStyleClass().add("import-description");
        Label problem = new Label();
        problem.setId("importProblem");
        problem.textProperty().bind(Bindings.createStringBinding(this::problemText, model.mappingProperty(),
                model.problemProperty()));
        problem.getStyleClass().add("import-problem");
        problem.setWrapText(true);

        table.setItems(model.preview());
        table.setPrefHeight(300);
        table.setPlaceholder(new Label(messages.get("import.noRows")));
        model.mappingProperty().addListener((o, a, m) -> showMapping(m));

        VBox content = new VBox(8, options, reading, description, new Label(messages.get("import.mapping")), mappingPane,
                answersPane, new Label(messages.format("import.preview", ImportDialogModel.PREVIEW_ROWS)), table, problem);
        content.getStyleClass().add("import-dialog");
        content.setPrefWidth(900);
        getDialogPane().setContent(content);
        model.reload();
    }

    /** Why the file cannot be imported yet: it could not be read, or a field it needs has no column; else "". */
    private String problemText() {
        ColumnMapping m = model.mappingProperty().get();
        if (m == null) {
            return model.problemProperty().get();
        }
        Field missing = m.firstMissingField();
        if (missing != null) {
            return messages.format("import.missingField", fieldName(missing));
        }
        return m.lacksAmount() ? messages.get("import.missingAmount") : "";
    }

    /** A field's name in the window's language (the command line's name, for --map, is in its tooltip). */
    private String fieldName(Field f) {
        return messages.get("field." + f.id());
    }

    /** How values are read: a decimal comma (text files only: a workbook stores numbers), dates outside 1900 to today. */
    private HBox readingChoices() {
        CheckBox decimalComma = new CheckBox(messages.get("import.decimalComma"));
        decimalComma.setId("importDecimalComma");
        decimalComma.selectedProperty().bindBidirectional(model.decimalCommaProperty());
        decimalComma.disableProperty().bind(Bindings.isNotEmpty(model.sheets()));
        CheckBox dates = new CheckBox(messages.get("import.acceptDatesOutsideRange"));
        dates.setId("importAcceptDates");
        dates.selectedProperty().bindBidirectional(model.acceptDatesOutsideRangeProperty());
        HBox reading = new HBox(10, decimalComma, dates);
        reading.getStyleClass().add("import-options");
        return reading;
    }

    private void showMapping(ColumnMapping m) {
        mappingPane.getChildren().clear();
        answersPane.getChildren().clear();
        table.getColumns().clear();
        if (m == null) {
            return;
        }
        if (m.kind() == DataKind.SURVEY && m.column(Field.FAVORABILITY) >= 0) {
            showAnswers(m);
        }
        for (Field f : Field.of(m.kind())) {
            mappingPane.getChildren().add(fieldChooser(f, m));
            if (m.column(f) >= 0) {
                table.getColumns().add(previewColumn(f, m.columnName(f)));
            }
        }
    }

    /** The favorability scale and, for stars or NPS, the value-mapping table onto the 7 levels, each answer editable. */
    private void showAnswers(ColumnMapping m) {
        ChoiceBox<FavorabilityScale> scale = new ChoiceBox<>(FXCollections.observableArrayList(FavorabilityScale.values()));
        scale.setConverter(converter(sc -> messages.get("import.scale." + sc.id())));
        scale.setValue(m.favorabilityScale());
        scale.setId("favorabilityScale");
        scale.valueProperty().addListener((o, a, v) -> model.favorabilityScale(v));
        Label scaleLabel = new Label(messages.get("import.scale"));
        scaleLabel.setLabelFor(scale);
        answersPane.getChildren().add(new VBox(2, scaleLabel, scale));
        for (Map.Entry<Integer, Integer> e : m.favorabilityTable().entrySet()) {
            ChoiceBox<Favorability> level = new ChoiceBox<>(FXCollections.observableArrayList(Favorability.values()));
            level.setConverter(converter(f -> f.code() + " " + f.label(messages.locale())));
            level.setValue(Favorability.ofCode(e.getValue()));
            level.setId("favorability-" + e.getKey());
            int answer = e.getKey();
            level.valueProperty().addListener((o, a, v) -> model.favorabilityLevel(answer, v.code()));
            Label name = new Label(messages.format("import.scale.answer", answer));
            name.setLabelFor(level);
            VBox box = new VBox(2, name, level);
            box.getStyleClass().add("import-field");
            answersPane.getChildren().add(box);
        }
    }

    private Node fieldChooser(Field f, ColumnMapping m) {
        ComboBox<String> column = new ComboBox<>();
        column.getItems().add(NO_COLUMN);
        column.getItems().addAll(model.header());
        column.setValue(m.column(f) >= 0 ? m.columnName(f) : NO_COLUMN);
        column.setId("map-" + f.id());
        column.valueProperty().addListener((o, a, v) -> model.map(f, NO_COLUMN.equals(v) ? null : v));
        Label name = new Label(fieldName(f) + (f.requiredFor(m.kind()) ? " *" : ""));
        name.setId("field-" + f.id());
        name.setLabelFor(column);
        name.setTooltip(new Tooltip("--map " + f.id() + "=…"));
        VBox box = new VBox(2, name, column);
        box.getStyleClass().add("import-field");
        return box;
    }

    private TableColumn<PreviewRow, PreviewRow.Cell> previewColumn(Field f, String columnName) {
        TableColumn<PreviewRow, PreviewRow.Cell> c = new TableColumn<>(fieldName(f) + "\n← " + columnName);
        c.setCellValueFactory(row -> new javafx.beans.property.SimpleObjectProperty<>(row.getValue().cells().get(f)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(PreviewRow.Cell cell, boolean empty) {
                super.updateItem(cell, empty);
                getStyleClass().remove("problem");
                setTooltip(null);
                setText(empty || cell == null ? null : cell.text());
                if (!empty && cell != null && cell.problem() != null) {
                    String problem = messages.text(cell.problem(), cell.problem().text());
                    getStyleClass().add("problem");
                    setTooltip(new Tooltip(problem));
                    setText(cell.text() + "  ⚠ " + problem);
                }
            }
        });
        c.setSortable(false);
        return c;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("choices only");
            }
        };
    }
}
