package fangrid.ui.migration;

import fangrid.analysis.Migration;
import fangrid.analysis.MigrationNews;
import fangrid.analysis.MigrationSnapshots;
import fangrid.domain.MigrationAxis;
import fangrid.ui.common.ErrorMessages;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import java.util.function.LongFunction;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The Migration tab: two analysis dates and an axis, what changed in words, and the migration as a matrix of
 * draggable cells, a flow chart and each state's size at the last month ends. Renders {@link MigrationModel}.
 */
public final class MigrationController {
    private final MigrationModel model;
    private final Messages messages;
    private final GroupLabels labels;
    private final NewsText newsText;
    private final ChangeListener<Migration> migrationListener = (o, old, m) -> showMigration(m);
    private final ChangeListener<MigrationNews> newsListener = (o, old, n) -> showNews(n);
    private final ChangeListener<MigrationSnapshots> snapshotsListener = (o, old, s) -> showSnapshots(s);
    private final ChangeListener<String> problemListener = (o, old, p) -> showProblem(p);
    private MigrationMatrixPane matrix;
    private FlowChart flow;
    private SnapshotsChart snapshots;
    private boolean showing;

    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private ComboBox<MigrationAxis> axisChoice;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private Label axisLabel;
    @FXML private Label newsLabel;
    @FXML private Label problemLabel;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private ScrollPane matrixScroll;
    @FXML private StackPane flowHolder;
    @FXML private StackPane snapshotsHolder;

    /** @param savedNames names saved segments by id, for the labels of carried groups */
    public MigrationController(MigrationModel model, Messages messages, LongFunction<String> savedNames) {
        this.model = model;
        this.messages = messages;
        this.labels = new GroupLabels(messages, savedNames);
        this.newsText = new NewsText(messages, labels);
    }

    @FXML
    private void initialize() {
        matrix = new MigrationMatrixPane(messages, labels);
        matrixScroll.setContent(matrix);
        flow = new FlowChart(messages, labels);
        flowHolder.getChildren().add(flow);
        snapshots = new SnapshotsChart(messages, labels);
        snapshotsHolder.getChildren().add(snapshots);
        newsLabel.setMinHeight(Region.USE_PREF_SIZE);
        fromLabel.setLabelFor(fromPicker);
        toLabel.setLabelFor(toPicker);
        axisLabel.setLabelFor(axisChoice);
        fromPicker.setAccessibleText(messages.get("migration.from"));
        toPicker.setAccessibleText(messages.get("migration.to"));
        axisChoice.getItems().setAll(MigrationAxis.values());
        axisChoice.setButtonCell(axisCell());
        axisChoice.setCellFactory(l -> axisCell());
        axisChoice.setValue(model.axisProperty().get());
        fromPicker.valueProperty().addListener((o, a, b) -> changed());
        toPicker.valueProperty().addListener((o, a, b) -> changed());
        axisChoice.valueProperty().addListener((o, a, b) -> changed());
        progress.visibleProperty().bind(model.workingProperty());
        progress.progressProperty().bind(model.progressProperty());
        cancelButton.visibleProperty().bind(model.workingProperty());
        model.migrationProperty().addListener(migrationListener);
        model.newsProperty().addListener(newsListener);
        model.snapshotsProperty().addListener(snapshotsListener);
        model.problemProperty().addListener(problemListener);
        showMigration(model.migrationProperty().get());
        showNews(model.newsProperty().get());
        snapshots.show(model.snapshotsProperty().get());
        showProblem(model.problemProperty().get());
        model.attach();
    }

    /** The matrix, whose selected cells the Filter menu and a right-click send to the other views. */
    public MigrationMatrixPane matrix() {
        return matrix;
    }

    /** Detaches the tab from the model (the window is being replaced). */
    public void dispose() {
        model.detach();
        model.migrationProperty().removeListener(migrationListener);
        model.newsProperty().removeListener(newsListener);
        model.snapshotsProperty().removeListener(snapshotsListener);
        model.problemProperty().removeListener(problemListener);
        progress.visibleProperty().unbind();
        progress.progressProperty().unbind();
        cancelButton.visibleProperty().unbind();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    private ListCell<MigrationAxis> axisCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(MigrationAxis a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : messages.get(switch (a) {
                    case GRID -> "migration.by.grid";
                    case ACTIVITY -> "migration.by.activity";
                    case PLAN -> "migration.by.plan";
                }));
            }
        };
    }

    private void changed() {
        if (showing || fromPicker.getValue() == null || toPicker.getValue() == null || axisChoice.getValue() == null) {
            return;
        }
        model.change(fromPicker.getValue(), toPicker.getValue(), axisChoice.getValue());
    }

    private void showMigration(Migration m) {
        showing = true;
        try {
            fromPicker.setValue(model.fromProperty().get());
            toPicker.setValue(model.toProperty().get());
            axisChoice.setValue(model.axisProperty().get());
        } finally {
            showing = false;
        }
        if (m == null) {
            matrix.getChildren().clear();
        } else {
            matrix.show(m);
        }
        flow.show(m);
    }

    private void showSnapshots(MigrationSnapshots s) {
        snapshots.show(s);
    }

    private void showProblem(String p) {
        Throwable cause = model.problemCause();
        problemLabel.setText(cause == null || p.isEmpty() ? p : ErrorMessages.describe(cause, messages));
    }

    private void showNews(MigrationNews n) {
        newsLabel.setText(n == null ? messages.get("migration.news.none") : newsText.of(n));
    }
}
