package fangrid.ui.predict;

import fangrid.analysis.predict.FitProblem;
import fangrid.analysis.predict.FittedModels;
import fangrid.analysis.predict.HoldoutCheck;
import fangrid.analysis.predict.ModelAssessment;
import fangrid.analysis.predict.ModelKind;
import fangrid.analysis.predict.PurchaseFit;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.jfree.chart.fx.ChartViewer;

/** The Prediction tab: choose a model and a holdout period, fit, and read the fit, its honesty and the holdout chart. */
public final class PredictionController {
    private final PredictionModel model;
    private final Messages messages;
    private final ChartStyler styler;
    private final ChangeListener<PredictionModel.Result> resultListener = (o, old, r) -> show(r);
    private HoldoutChart chart;

    @FXML private ChoiceBox<ModelKind> modelChoice;
    @FXML private Spinner<Integer> holdoutDays;
    @FXML private Button fitButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar progress;
    @FXML private Label fitText;
    @FXML private Label honesty;
    @FXML private Label holdoutText;
    @FXML private StackPane chartHolder;

    public PredictionController(PredictionModel model, Messages messages, ChartStyler styler) {
        this.model = model;
        this.messages = messages;
        this.styler = styler;
    }

    @FXML
    private void initialize() {
        modelChoice.getItems().setAll(ModelKind.values());
        modelChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ModelKind k) {
                return k == null ? "" : messages.get("predict.model." + k.id());
            }

            @Override
            public ModelKind fromString(String s) {
                return null;
            }
        });
        modelChoice.valueProperty().bindBidirectional(model.kindProperty());
        holdoutDays.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(14, 730,
                model.holdoutDaysProperty().get(), 7));
        holdoutDays.valueProperty().addListener((o, old, v) -> model.holdoutDaysProperty().set(v));
        fitButton.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        progress.visibleProperty().bind(model.runningProperty());
        progress.progressProperty().bind(model.progressProperty());
        chart = new HoldoutChart(messages, styler);
        chartHolder.getChildren().add(new ChartViewer(chart.chart()));
        model.resultProperty().addListener(resultListener);
        show(model.resultProperty().get());
    }

    /** Detaches from the model (the window is being replaced). */
    public void dispose() {
        model.resultProperty().removeListener(resultListener);
        modelChoice.valueProperty().unbindBidirectional(model.kindProperty());
    }

    @FXML
    private void onFit() {
        model.run();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    private void show(PredictionModel.Result r) {
        chartHolder.setVisible(r != null && r.holdout() != null);
        chart.show(r == null ? null : r.holdout());
        if (r == null) {
            fitText.setText(messages.get("predict.empty"));
            honesty.setText("");
            holdoutText.setText("");
            return;
        }
        FittedModels fit = r.fit();
        fitText.setText(describe(fit));
        honesty.setText(honesty(fit.assessment()));
        honesty.getStyleClass().setAll("label", fit.assessment().degenerate() ? "prediction-warning" : "prediction-ok");
        HoldoutCheck h = r.holdout();
        double[] totals = h.totals();
        holdoutText.setText(messages.format("predict.holdout.text", h.cutoff().toString(), h.days(),
                String.format(messages.locale(), "%,.0f", totals[0]), String.format(messages.locale(), "%,.0f", totals[1]))
                + (h.fit().assessment().degenerate() ? " " + messages.get("predict.holdout.degenerate") : ""));
    }

    private String describe(FittedModels fit) {
        PurchaseFit p = fit.purchases();
        List<String> names = p.model().kind().parameterNames();
        double[] values = p.model().parameters();
        String params = java.util.stream.IntStream.range(0, names.size())
                .mapToObj(k -> names.get(k) + " " + String.format(messages.locale(), "%.4g", values[k]))
                .collect(Collectors.joining(", "));
        double[] s = fit.spend().model().parameters();
        return messages.format("predict.fit.text", messages.get("predict.model." + p.model().kind().id()),
                String.valueOf(fit.asOf()), p.customers(), p.repeatBuyers(), params,
                String.format(messages.locale(), "%,.1f", p.logLikelihood()),
                String.format(messages.locale(), "p %.3g, q %.3g, v %.4g", s[0], s[1], s[2]));
    }

    private String honesty(ModelAssessment a) {
        if (!a.degenerate()) {
            return messages.get("predict.sound");
        }
        return messages.get("predict.degenerate") + " " + a.problems().stream()
                .map(FitProblem::name).map(n -> messages.get("predict.problem." + n))
                .collect(Collectors.joining(" "));
    }
}
