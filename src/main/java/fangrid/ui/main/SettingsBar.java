package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.ui.common.Messages;
import java.time.LocalDate;
import javafx.animation.PauseTransition;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.Duration;

/**
 * The analysis settings edited in place above the grid: analysis date, window, fixed thresholds or tertiles, and
 * the two recency thresholds. A change is stored in the project and analysed again after a short pause, so that
 * stepping a spinner does not start an analysis per step.
 */
final class SettingsBar {
    private static final int[] WINDOWS = {0, 3, 6, 12, 24, 36};

    private final MainModel model;
    private final DatePicker asOf;
    private final ComboBox<Integer> window;
    private final ComboBox<GridMode> mode;
    private final Spinner<Integer> r1;
    private final Spinner<Integer> r2;
    private final PauseTransition pause = new PauseTransition(Duration.millis(500));
    private boolean showing;

    SettingsBar(MainModel model, Messages messages, DatePicker asOf, ComboBox<Integer> window,
                ComboBox<GridMode> mode, Spinner<Integer> r1, Spinner<Integer> r2, Label... labels) {
        this.model = model;
        this.asOf = asOf;
        this.window = window;
        this.mode = mode;
        this.r1 = r1;
        this.r2 = r2;
        for (int w : WINDOWS) {
            window.getItems().add(w);
        }
        window.setButtonCell(windowCell(messages));
        window.setCellFactory(l -> windowCell(messages));
        mode.getItems().setAll(GridMode.values());
        mode.setButtonCell(modeCell(messages));
        mode.setCellFactory(l -> modeCell(messages));
        r1.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 3650, 90, 10));
        r2.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 3650, 180, 10));
        asOf.setAccessibleText(messages.get("settings.asOf"));
        labels[0].setLabelFor(asOf);
        labels[1].setLabelFor(window);
        labels[2].setLabelFor(mode);
        labels[3].setLabelFor(r1);
        labels[4].setLabelFor(r2);
        pause.setOnFinished(e -> store());
        asOf.valueProperty().addListener((o, a, b) -> changed());
        window.valueProperty().addListener((o, a, b) -> changed());
        mode.valueProperty().addListener((o, a, b) -> {
            r1.setDisable(b == GridMode.TERTILES);
            r2.setDisable(b == GridMode.TERTILES);
            changed();
        });
        r1.valueProperty().addListener((o, a, b) -> changed());
        r2.valueProperty().addListener((o, a, b) -> changed());
    }

    private static ListCell<Integer> windowCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Integer months, boolean empty) {
                super.updateItem(months, empty);
                setText(empty || months == null ? null
                        : months == 0 ? messages.get("settings.window.all") : messages.format("settings.window.months", months));
            }
        };
    }

    private static ListCell<GridMode> modeCell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(GridMode m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : messages.get("settings.gridMode." + m.name().toLowerCase(java.util.Locale.ROOT)));
            }
        };
    }

    /** Shows an analysis's settings (the date in use, the thresholds in use) without storing anything. */
    void show(Analysis a) {
        showing = true;
        try {
            AnalysisSettings s = a.settings();
            asOf.setValue(a.asOf());
            window.setValue(s.windowMonths());
            mode.setValue(s.gridMode());
            r1.getValueFactory().setValue(a.thresholds().r1MaxDays());
            r2.getValueFactory().setValue(a.thresholds().r2MaxDays());
        } finally {
            showing = false;
        }
        pause.stop();
    }

    private void changed() {
        if (!showing) {
            pause.playFromStart();
        }
    }

    private void store() {
        Analysis a = model.analysisProperty().get();
        if (a == null || r1.getValue() >= r2.getValue()) {
            return;
        }
        LocalDate date = asOf.getValue();
        AnalysisSettings s = a.settings()
                .withAsOf(date == null || date.equals(a.asOf()) && a.settings().asOf() == null ? a.settings().asOf() : date)
                .withWindowMonths(window.getValue() == null ? 0 : window.getValue())
                .withThresholds(mode.getValue() == GridMode.TERTILES ? a.settings().thresholds()
                        : new GridThresholds(r1.getValue(), r2.getValue()), mode.getValue());
        if (!s.equals(a.settings())) {
            model.updateSettings(s);
        }
    }
}
