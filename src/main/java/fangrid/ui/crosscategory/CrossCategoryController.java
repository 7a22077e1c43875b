package fangrid.ui.crosscategory;

import fangrid.analysis.Analysis;
import fangrid.analysis.CategoryCrossing;
import fangrid.domain.DataKind;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.ui.common.EmptyState;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The cross-category tab: which customers of one category also buy another, or are active in one and lapsed in the
 * other, as a matrix of draggable cells, with what "active" and "lapsed" mean in words. Renders
 * {@link CrossCategoryModel}; says what to import when the project has fewer than two categories.
 */
public final class CrossCategoryController {
    private final CrossCategoryModel model;
    private final Messages messages;
    private final GroupLabels labels;
    private final Formats formats;
    private final ChangeListener<CategoryCrossing> crossingListener = (o, old, x) -> render();
    private final ChangeListener<Number> countListener = (o, old, n) -> render();
    private CrossMatrixPane matrix;
    private EmptyState empty;
    private Consumer<DataKind> importer = kind -> { };

    @FXML private ToggleButton bothButton;
    @FXML private ToggleButton lapsedButton;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label noteLabel;
    @FXML private StackPane holder;
    @FXML private ScrollPane matrixScroll;

    /** @param savedNames names saved segments by id, for the labels of carried groups */
    public CrossCategoryController(CrossCategoryModel model, Messages messages, LongFunction<String> savedNames) {
        this.model = model;
        this.messages = messages;
        this.labels = new GroupLabels(messages, savedNames);
        this.formats = new Formats(messages.locale());
    }

    @FXML
    private void initialize() {
        matrix = new CrossMatrixPane(messages, labels, model::hold);
        matrixScroll.setContent(matrix);
        empty = new EmptyState("crossEmpty", matrixScroll);
        holder.getChildren().add(empty);
        ToggleGroup modes = new ToggleGroup();
        bothButton.setToggleGroup(modes);
        lapsedButton.setToggleGroup(modes);
        bothButton.setSelected(true);
        modes.selectedToggleProperty().addListener((o, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                render();
            }
        });
        noteLabel.setMinHeight(Region.USE_PREF_SIZE);
        progress.visibleProperty().bind(model.workingProperty());
        progress.progressProperty().bind(model.progressProperty());
        cancelButton.visibleProperty().bind(model.workingProperty());
        model.crossingProperty().addListener(crossingListener);
        model.categoryCountProperty().addListener(countListener);
        render();
    }

    /** The matrix, whose selected cells the Filter menu and a right-click send to the other views. */
    public CrossMatrixPane matrix() {
        return matrix;
    }

    /** What the empty state's button does: import a file of {@code kind}, chosen by the user. */
    public void setImporter(Consumer<DataKind> importer) {
        this.importer = importer;
    }

    /** Detaches the tab from the model (the window is being replaced). */
    public void dispose() {
        model.crossingProperty().removeListener(crossingListener);
        model.categoryCountProperty().removeListener(countListener);
        progress.visibleProperty().unbind();
        progress.progressProperty().unbind();
        cancelButton.visibleProperty().unbind();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    private void render() {
        CategoryCrossing x = model.crossingProperty().get();
        int categories = model.categoryCountProperty().get();
        boolean lapsed = lapsedButton.isSelected();
        matrix.show(x, lapsed);
        if (x == null && categories >= 0 && categories < 2) {
            empty.show(messages.get(categories == 0 ? "cross.empty.noOrders" : "cross.empty.noCategories"),
                    messages.get(categories == 0 ? "empty.importTransactions" : "cross.empty.importCatalog"),
                    () -> importer.accept(categories == 0 ? DataKind.TRANSACTIONS : DataKind.CATALOG));
        } else {
            empty.hide();
        }
        noteLabel.setText(x == null ? (categories < 0 ? messages.get("cross.note.waiting") : "") : note(x, categories,
                lapsed));
    }

    private String note(CategoryCrossing x, int categories, boolean lapsed) {
        String shown = categories > x.categories().size()
                ? messages.format("cross.note.largest", x.categories().size(), formats.count(categories)) + " " : "";
        if (!lapsed) {
            return shown + messages.get("cross.note.both");
        }
        Analysis a = model.analysis();
        if (a == null || a.settings().gridMode() == GridMode.TERTILES) {
            return shown + messages.get("cross.note.lapsedTertiles");
        }
        GridThresholds t = a.settings().thresholds();
        return shown + messages.format("cross.note.lapsed", t.r1MaxDays(), t.r2MaxDays());
    }
}
