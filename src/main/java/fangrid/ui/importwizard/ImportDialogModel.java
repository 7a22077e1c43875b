package fangrid.ui.importwizard;

import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.DecimalMark;
import fangrid.domain.FavorabilityScale;
import fangrid.domain.Field;
import fangrid.domain.PreviewRow;
import fangrid.domain.ReadOptions;
import fangrid.project.FileToImport;
import fangrid.ui.common.TaskRunner;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import dialog's state: the file, what it holds, how to read it, the column mapping the user confirms,
 * and a preview of the first rows as the import will read them. Reading happens on the worker.
 */
public final class ImportDialogModel {
    static final int PREVIEW_ROWS = 20;

    private final Path file;
    private final TaskRunner runner;
    private final ObjectProperty<DataKind> kind = new SimpleObjectProperty<>(DataKind.TRANSACTIONS);
    /** A charset name, or empty to detect it. */
    private final StringProperty encoding = new SimpleStringProperty("");
    /** The workbook sheet to read, or empty for the first (or for a text file). */
    private final StringProperty sheet = new SimpleStringProperty("");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty();
    /** Whether the file writes 1.234,56: the user's say, never guessed (1,234 means either). */
    private final BooleanProperty decimalComma = new SimpleBooleanProperty();
    /** Whether dates after today or before 1900 are imported rather than refused. */
    private final BooleanProperty acceptDatesOutsideRange = new SimpleBooleanProperty();
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<String> header = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();

    public ImportDialogModel(Path file, TaskRunner runner) {
        this.file = file;
        this.runner = runner;
        kind.addListener((o, a, b) -> reload());
        encoding.addListener((o, a, b) -> reload());
        sheet.addListener((o, a, b) -> reload());
        decimalComma.addListener((o, a, b) -> remap(readingChoices()));
        acceptDatesOutsideRange.addListener((o, a, b) -> remap(readingChoices()));
    }

    /** Reads the header, proposes a mapping and previews the first rows. */
    public void reload() {
        DataKind k = kind.get();
        ReadOptions options = options();
        boolean listSheets = sheets.isEmpty();
        MappingChange choices = readingChoices();
        runner.<Loaded>run(task -> {
            List<String> names = listSheets ? FileToImport.sheetNames(file) : null;
            FileToImport opened = FileToImport.open(file, options, k);
            ColumnMapping m = choices.apply(opened.proposedMapping());
            String description = opened.describe() + (opened.dateOrder() != null ? "; d/m/yyyy-style dates: "
                    + opened.dateOrder() : "");
            return new Loaded(description, opened.header(), m, opened.preview(m, PREVIEW_ROWS), names);
        }).onSuccess(l -> {
            if (l.sheets != null) {
                sheets.setAll(l.sheets);
            }
            problem.set("");
            description.set(l.description);
            header.setAll(l.header);
            mapping.set(l.mapping);
            preview.setAll(l.rows);
        }).onFailure(e -> {
            problem.set(e.getMessage());
            header.clear();
            mapping.set(null);
            preview.clear();
        }).start();
    }

    /** Maps {@code field} to the column named {@code column} (null: no column) and previews again. */
    public void map(Field field, String column) {
        remap(current -> column == null ? current.without(field) : current.with(field, column));
    }

    /** Reads the survey's favorability answers on {@code scale}, with its own value-mapping table, and previews again. */
    public void favorabilityScale(FavorabilityScale scale) {
        remap(current -> current.withFavorabilityScale(scale));
    }

    /** Lets answer {@code answer} of the survey's scale mean favorability {@code level} (1–7), and previews again. */
    public void favorabilityLevel(int answer, int level) {
        remap(current -> current.withFavorabilityLevel(answer, level));
    }

    /** Sets the decimal mark and whether dates outside 1900 to today are accepted, as chosen now. */
    private MappingChange readingChoices() {
        DecimalMark mark = decimalComma.get() ? DecimalMark.COMMA : DecimalMark.POINT;
        boolean accepted = acceptDatesOutsideRange.get();
        return m -> m.withDecimalMark(mark).withDateRange(m.dateRange().acceptingOutside(accepted));
    }

    /** A change to the mapping; it may refuse (e.g. a column the file lacks). */
    private interface MappingChange {
        ColumnMapping apply(ColumnMapping current) throws fangrid.domain.ImportException;
    }

    private void remap(MappingChange change) {
        ColumnMapping current = mapping.get();
        if (current == null) {
            return;
        }
        ReadOptions options = options();
        DataKind k = kind.get();
        runner.<Loaded>run(task -> {
            ColumnMapping m = change.apply(current);
            FileToImport opened = FileToImport.open(file, options, k);
            return new Loaded(opened.describe(), opened.header(), m, opened.preview(m, PREVIEW_ROWS), null);
        }).onSuccess(l -> {
            mapping.set(l.mapping);
            preview.setAll(l.rows);
        }).onFailure(e -> problem.set(e.getMessage())).start();
    }

    /** The reading options the user chose. */
    public ReadOptions options() {
        String e = encoding.get();
        String s = sheet.get();
        return new ReadOptions(e == null || e.isEmpty() ? null : Charset.forName(e), null, s == null || s.isEmpty() ? null : s);
    }

    /** Whether the file was read and every field the import needs has a column. */
    public boolean complete() {
        ColumnMapping m = mapping.get();
        return m != null && m.firstMissingField() == null && !m.lacksAmount();
    }

    public Path file() {
        return file;
    }

    public ObjectProperty<DataKind> kindProperty() {
        return kind;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    /** The workbook's sheets in tab order; empty for a text file. */
    public ObservableList<String> sheets() {
        return sheets;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public BooleanProperty decimalCommaProperty() {
        return decimalComma;
    }

    public BooleanProperty acceptDatesOutsideRangeProperty() {
        return acceptDatesOutsideRange;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObservableList<String> header() {
        return header;
    }

    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    private record Loaded(String description, List<String> header, ColumnMapping mapping, List<PreviewRow> rows,
                          List<String> sheets) {
    }
}
