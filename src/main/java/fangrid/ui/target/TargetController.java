package fangrid.ui.target;

import fangrid.analysis.target.Response;
import fangrid.analysis.target.TargetGrouping;
import fangrid.analysis.target.TargetInputs;
import fangrid.analysis.target.TargetResult;
import fangrid.analysis.target.TargetRow;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.CustomerNames;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskProgressDialog;
import fangrid.ui.crossfilter.CrossFilter;
import fangrid.ui.crossfilter.ViewId;
import fangrid.ui.theme.ChartStyler;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The target view: a mailing's cost per contact, gross margin, horizon and grouping; each group's measured response
 * and expected profit per contact ranked from best; the cumulative profit curve with break-even; the recommendation
 * and the backtest in words. The recommended set (the recommendation's text) and each group's row drag onto any
 * view; "show in segment detail" lists the recommended people there, to save or export the mailing list.
 */
public final class TargetController {
    private final TargetModel model;
    private final CrossFilter crossFilter;
    private final Messages messages;
    private final Formats formats;
    private final ChartStyler styler;
    private final GroupLabels labels;
    private final TargetTexts texts;
    private final ChangeListener<TargetResult> resultListener = (o, old, r) -> render(r);
    private final ChangeListener<CustomerNames> namesListener = (o, old, n) -> renderShown();
    private Runnable showDetail = () -> { };
    private ProfitCurveChart chart;

    @FXML private VBox targetView;
    @FXML private Label costLabel;
    @FXML private TextField cost;
    @FXML private Label marginLabel;
    @FXML private TextField margin;
    @FXML private Label horizonLabel;
    @FXML private TextField horizon;
    @FXML private Label byLabel;
    @FXML private ComboBox<TargetGrouping> by;
    @FXML private Button computeButton;
    @FXML private Button showButton;
    @FXML private Label recommendation;
    @FXML private Label expectation;
    @FXML private Label backtest;
    @FXML private TableView<TargetRow> table;
    @FXML private StackPane chartHolder;

    public TargetController(TargetModel model, CrossFilter crossFilter, Messages messages, ChartStyler styler,
                            GroupLabels labels) {
        this.model = model;
        this.crossFilter = crossFilter;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.styler = styler;
        this.labels = labels;
        this.texts = new TargetTexts(messages, formats, labels);
    }

    @FXML
    private void initialize() {
        costLabel.setLabelFor(cost);
        marginLabel.setLabelFor(margin);
        horizonLabel.setLabelFor(horizon);
        byLabel.setLabelFor(by);
        by.getItems().setAll(TargetGrouping.values());
        by.setValue(TargetGrouping.GRID);
        by.setCellFactory(l -> new GroupingCell());
        by.setButtonCell(new GroupingCell());
        computeButton.disableProperty().bind(model.analysisProperty().isNull());
        showButton.disableProperty().bind(model.resultProperty().isNull());
        table.setPlaceholder(new Label(messages.get("target.empty")));
        table.getColumns().setAll(List.of(
                rankColumn(),
                column("target.column.group", texts::name),
                column("target.column.peopleThen", r -> formats.count(r.history().people())),
                column("target.column.response", r -> share(r.history())),
                column("target.column.salesThen", r -> sales(r.history())),
                column("target.column.people", r -> formats.count(r.people())),
                column("target.column.expectedSales", r -> money(r.expectedSales())),
                column("target.column.expectedProfit", r -> money(r.expectedProfit())),
                column("target.column.cumulativePeople", r -> formats.count(r.cumulativePeople())),
                column("target.column.cumulativeProfit", r -> money(r.cumulativeProfit()))));
        double[] widths = {44, 120, 80, 170, 200, 80, 110, 110, 90, 120};
        for (int k = 0; k < widths.length; k++) {
            table.getColumns().get(k).setPrefWidth(widths[k]);
        }
        table.setRowFactory(t -> new ResultRow());
        chart = new ProfitCurveChart(messages, styler);
        chartHolder.getChildren().add(chart.node());
        GroupDrag.source(recommendation, this::selectionPayload, messages, formats);
        model.resultProperty().addListener(resultListener);
        model.namesProperty().addListener(namesListener);
        render(model.resultProperty().get());
    }

    /** What runs after the selection is sent to segment detail: the window shows that tab. */
    public void setShowDetail(Runnable showDetail) {
        this.showDetail = showDetail;
    }

    /** Detaches the view from the model (the window is being replaced). */
    public void dispose() {
        model.resultProperty().removeListener(resultListener);
        model.namesProperty().removeListener(namesListener);
    }

    @FXML
    private void onCompute() {
        TargetInputs inputs = inputs();
        if (inputs == null) {
            return;
        }
        Task<TargetResult> task = model.compute(inputs);
        if (task != null) {
            TaskProgressDialog.show(task, messages.get("target.computing"), m -> m, targetView.getScene().getWindow());
        }
    }

    @FXML
    private void onShowSelection() {
        GroupDrag.Payload p = selectionPayload();
        if (p != null) {
            crossFilter.apply(ViewId.DETAIL, p.filter());
            showDetail.run();
        }
    }

    /** The inputs as typed, or null after saying in the recommendation's place which one is wrong. */
    private TargetInputs inputs() {
        double c = number(cost.getText().replaceFirst("^[¥￥]", ""));
        double m = number(margin.getText().replaceFirst("[%％]$", ""));
        double h = number(horizon.getText());
        String problem = !(c >= 0) || Double.isInfinite(c) ? "target.invalid.cost"
                : !(m >= 0 && m <= 100) ? "target.invalid.margin"
                : !(h >= 1 && h <= TargetInputs.MAX_HORIZON_DAYS && h == Math.rint(h)) ? "target.invalid.horizon" : null;
        if (problem != null) {
            recommendation.setText(messages.format(problem, TargetInputs.MAX_HORIZON_DAYS));
            recommendation.getStyleClass().add("target-invalid");
            return null;
        }
        recommendation.getStyleClass().removeAll("target-invalid");
        return new TargetInputs(c, m, (int) h, by.getValue());
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Shows the selection on screen again (another naming of customers: demo mode). */
    private void renderShown() {
        render(model.resultProperty().get());
    }

    private void render(TargetResult r) {
        chart.show(r);
        if (r == null) {
            table.getItems().clear();
            recommendation.setText(messages.get("target.prompt"));
            expectation.setText("");
            backtest.setText("");
            return;
        }
        table.getItems().setAll(r.named(model.namesProperty().get()).rows());
        recommendation.setText(texts.recommendation(r));
        expectation.setText(texts.expectation(r));
        backtest.setText(texts.backtest(r));
    }

    private GroupDrag.Payload selectionPayload() {
        TargetResult r = model.resultProperty().get();
        if (r == null || r.recommendedPeople() == 0) {
            return null;
        }
        CustomerFilter f = CustomerFilter.of(List.of(r.group()));
        return new GroupDrag.Payload(f, labels.label(f), r.recommendedPeople());
    }

    private String share(Response h) {
        return h.people() == 0 ? "–" : messages.format("target.interval", formats.percent(h.share()),
                formats.percent(h.shareLow()), formats.percent(h.shareHigh()));
    }

    private String sales(Response h) {
        return h.people() < 2 ? money(h.salesPerContact()) : messages.format("target.interval",
                money(h.salesPerContact()), money(h.salesLow()), money(h.salesHigh()));
    }

    private String money(double v) {
        return Double.isNaN(v) ? "–" : formats.money(v);
    }

    /** The rank is the row's place: the rows come ranked, and the table cannot be sorted. */
    private TableColumn<TargetRow, String> rankColumn() {
        TableColumn<TargetRow, String> c = new TableColumn<>(messages.get("target.column.rank"));
        c.setSortable(false);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : formats.count(getIndex() + 1));
            }
        });
        return c;
    }

    private TableColumn<TargetRow, String> column(String key, Function<TargetRow, String> text) {
        TableColumn<TargetRow, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    /** A ranked row: recommended ones stand out; a group's row drags that group's people of today. */
    private final class ResultRow extends TableRow<TargetRow> {
        ResultRow() {
            GroupDrag.source(this, () -> {
                TargetRow r = getItem();
                if (r == null || r.group() == null) {
                    return null;
                }
                CustomerGroup g = r.group();
                return new GroupDrag.Payload(CustomerFilter.of(List.of(g)), labels.label(g), r.people());
            }, messages, formats);
        }

        @Override
        protected void updateItem(TargetRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("target-recommended");
            if (!empty && row != null && row.recommended()) {
                getStyleClass().add("target-recommended");
            }
        }
    }

    private final class GroupingCell extends ListCell<TargetGrouping> {
        @Override
        protected void updateItem(TargetGrouping g, boolean empty) {
            super.updateItem(g, empty);
            setText(empty || g == null ? null : messages.get("target.by." + g.id()));
        }
    }
}
