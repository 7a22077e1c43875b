package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CpmRules;
import fangrid.domain.RankDownRule;
import fangrid.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The CPM card: the place of the ten cells and their filter chip, and the CPM thresholds and the rank-down multiple
 * edited in place. A change is stored in the project and applied after a short pause (no analysis per spinner step).
 */
public final class CpmCardController {
    private final MainModel model;
    private final Messages messages;
    private final ChangeListener<Analysis> analysisListener = (o, old, a) -> show(a);
    private final PauseTransition pause = new PauseTransition(Duration.millis(500));
    private boolean showing;

    @FXML private VBox cpmCard;
    @FXML private StackPane cpmHolder;
    @FXML private StackPane cpmChipHolder;
    @FXML private Spinner<Integer> lapsedSpinner;
    @FXML private Spinner<Integer> steadySpinner;
    @FXML private Spinner<Integer> loyalSpinner;
    @FXML private Spinner<Integer> amountSpinner;
    @FXML private Spinner<Double> kSpinner;
    @FXML private Label lapsedLabel;
    @FXML private Label steadyLabel;
    @FXML private Label loyalLabel;
    @FXML private Label amountLabel;
    @FXML private Label kLabel;

    public CpmCardController(MainModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        CpmRules d = CpmRules.DEFAULT;
        lapsedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 3650, d.lapsedDays(), 10));
        steadySpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 3649, d.steadyTenureDays(), 10));
        loyalSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 3650, d.loyalTenureDays(), 10));
        amountSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000_000,
                (int) d.amount(), 10_000));
        kSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 10, RankDownRule.DEFAULT.k(), 0.1));
        lapsedLabel.setLabelFor(lapsedSpinner);
        steadyLabel.setLabelFor(steadySpinner);
        loyalLabel.setLabelFor(loyalSpinner);
        amountLabel.setLabelFor(amountSpinner);
        kLabel.setLabelFor(kSpinner);
        kSpinner.setTooltip(new javafx.scene.control.Tooltip(messages.get("rankDown.settings.k.tooltip")));
        pause.setOnFinished(e -> store());
        for (Spinner<?> s : new Spinner<?>[] {lapsedSpinner, steadySpinner, loyalSpinner, amountSpinner, kSpinner}) {
            s.valueProperty().addListener((o, a, b) -> {
                if (!showing) {
                    pause.playFromStart();
                }
            });
        }
        model.analysisProperty().addListener(analysisListener);
        show(model.analysisProperty().get());
    }

    VBox card() {
        return cpmCard;
    }

    StackPane holder() {
        return cpmHolder;
    }

    StackPane chipHolder() {
        return cpmChipHolder;
    }

    /** Detaches the card from the model (the window is being replaced). */
    void dispose() {
        model.analysisProperty().removeListener(analysisListener);
        pause.stop();
    }

    private void show(Analysis a) {
        if (a == null) {
            return;
        }
        showing = true;
        try {
            CpmRules r = a.settings().cpm();
            lapsedSpinner.getValueFactory().setValue(r.lapsedDays());
            steadySpinner.getValueFactory().setValue(r.steadyTenureDays());
            loyalSpinner.getValueFactory().setValue(r.loyalTenureDays());
            amountSpinner.getValueFactory().setValue((int) Math.round(r.amount()));
            kSpinner.getValueFactory().setValue(a.settings().rankDown().k());
        } finally {
            showing = false;
        }
        pause.stop();
    }

    private void store() {
        Analysis a = model.analysisProperty().get();
        if (a == null) {
            return;
        }
        if (steadySpinner.getValue() >= loyalSpinner.getValue()) {
            model.statusProperty().set(messages.get("cpm.settings.order"));
            return;
        }
        AnalysisSettings s = a.settings()
                .withCpm(new CpmRules(lapsedSpinner.getValue(), steadySpinner.getValue(), loyalSpinner.getValue(),
                        amountSpinner.getValue()))
                .withRankDown(new RankDownRule(Math.round(kSpinner.getValue() * 100) / 100.0));
        if (!s.equals(a.settings())) {
            model.updateSettings(s);
        }
    }
}
