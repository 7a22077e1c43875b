package fangrid.ui.main;

import fangrid.ui.common.CategoryLabels;
import fangrid.analysis.Analysis;
import fangrid.domain.Activity;
import fangrid.domain.GridMode;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

/** The R × F grid's card: its settings edited in place, the place of the grid and its filter chip, and the legend. */
public final class GridCardController {
    private final MainModel model;
    private final Messages messages;
    private final Formats formats;
    private final ChangeListener<Analysis> analysisListener = (o, old, a) -> render(a);
    private SettingsBar settingsBar;

    @FXML private VBox gridCard;
    @FXML private StackPane gridHolder;
    @FXML private StackPane gridChipHolder;
    @FXML private Label gridTitle;
    @FXML private DatePicker asOfPicker;
    @FXML private ComboBox<Integer> windowChoice;
    @FXML private ComboBox<GridMode> gridModeChoice;
    @FXML private Spinner<Integer> r1Spinner;
    @FXML private Spinner<Integer> r2Spinner;
    @FXML private Label asOfLabel;
    @FXML private Label windowLabel;
    @FXML private Label gridModeLabel;
    @FXML private Label r1Label;
    @FXML private Label r2Label;
    @FXML private FlowPane activityLegend;

    public GridCardController(MainModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
    }

    @FXML
    private void initialize() {
        settingsBar = new SettingsBar(model, messages, asOfPicker, windowChoice, gridModeChoice, r1Spinner, r2Spinner,
                asOfLabel, windowLabel, gridModeLabel, r1Label, r2Label);
        model.analysisProperty().addListener(analysisListener);
        render(model.analysisProperty().get());
    }

    VBox card() {
        return gridCard;
    }

    StackPane holder() {
        return gridHolder;
    }

    StackPane chipHolder() {
        return gridChipHolder;
    }

    /** Detaches the card from the model (the window is being replaced). */
    void dispose() {
        model.analysisProperty().removeListener(analysisListener);
    }

    private void render(Analysis a) {
        if (a == null) {
            return;
        }
        settingsBar.show(a);
        gridTitle.setText(CategoryLabels.named(messages, a, messages.get("grid.title")));
        activityLegend.getChildren().clear();
        int[] perActivity = a.activityCustomers();
        for (Activity act : Activity.values()) {
            Rectangle swatch = new Rectangle(12, 12);
            swatch.getStyleClass().addAll("swatch", "activity-" + act.number());
            Label l = new Label(act.number() + ". " + messages.get(act.key()) + "  "
                    + messages.format("legend.people", formats.count(perActivity[act.number()])), swatch);
            l.setWrapText(true);
            l.getStyleClass().add("legend-item");
            activityLegend.getChildren().add(l);
        }
    }
}
