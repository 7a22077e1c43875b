package fangrid.ui.charts;

import fangrid.analysis.FirstCategorySummary;
import fangrid.analysis.TrendPoint;
import fangrid.ui.common.Messages;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.theme.ChartStyler;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The charts view: the first-category share (whole base, respondents, the filtered group), its trend over monthly
 * analysis dates, the matrix as a heat map and the deciles' sales shares; each chart can be saved as a PNG.
 */
public final class ChartsPane extends VBox {
    private final StackPane chipHolder = new StackPane();
    {
        chipHolder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }
    private final ShareChart share;
    private final TrendChart trend;
    private final MatrixHeatChart matrix;
    private final DecileChart deciles;
    private final Messages messages;

    public ChartsPane(Messages messages, ChartStyler styler, Consumer<Exception> errors) {
        this.messages = messages;
        setId("charts");
        getStyleClass().add("charts");
        share = new ShareChart(messages, styler);
        trend = new TrendChart(messages, styler);
        matrix = new MatrixHeatChart(messages, styler);
        deciles = new DecileChart(messages, styler);
        GridPane cards = new GridPane();
        cards.getStyleClass().add("chart-grid");
        for (int i = 0; i < 4; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(25);
            c.setHgrow(Priority.ALWAYS);
            cards.getColumnConstraints().add(c);
        }
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        cards.getRowConstraints().add(row);
        cards.add(new ChartCard("chart-share", messages.get("charts.share.title"), share.chart(), messages, errors), 0, 0);
        cards.add(new ChartCard("chart-trend", messages.get("charts.trend.title"), trend.chart(), messages, errors), 1, 0);
        cards.add(new ChartCard("chart-matrix", messages.get("charts.matrix.title"), matrix.chart(), messages, errors), 2, 0);
        cards.add(new ChartCard("chart-deciles", messages.get("charts.deciles.title"), deciles.chart(), messages, errors),
                3, 0);
        VBox.setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(chipHolder, cards);
    }

    /** Where the view's filter chip goes. */
    public StackPane chipHolder() {
        return chipHolder;
    }

    /**
     * Shows the charts of a view's customers; a chart with nothing to draw (no survey answers in the project, no
     * sales in the group) says what it needs instead of drawing zeros.
     */
    public void show(FilteredView v) {
        FirstCategorySummary everyone = v.analysis().summary().firstCategory();
        String missing = missing(everyone.base(), everyone.respondents());
        if (missing == null) {
            share.show(everyone, v.everyone() ? null : v.summary().firstCategory(), v.summary().people());
            matrix.show(v.summary().matrix());
        } else {
            share.showEmpty(missing);
            matrix.showEmpty(missing);
        }
        if (!v.analysis().hasTransactions()) {
            deciles.showEmpty(messages.get("charts.empty.needsTransactions"));
        } else if (v.summary().deciles().totalSales() == 0) {
            deciles.showEmpty(messages.get("charts.empty.noSales"));
        } else {
            deciles.show(v.summary().deciles());
        }
    }

    /** Shows the first-category trend over monthly analysis dates. */
    public void showTrend(List<TrendPoint> points) {
        TrendPoint latest = points.isEmpty() ? null : points.get(points.size() - 1);
        String missing = latest == null ? messages.get("charts.empty.needsTransactions")
                : missing(latest.base(), points.stream().mapToInt(TrendPoint::respondents).max().orElse(0));
        if (missing == null) {
            trend.show(points);
        } else {
            trend.showEmpty(missing);
        }
    }

    /** What a first-category chart lacks: customers, or survey answers; null when it has both. */
    private String missing(int customers, int respondents) {
        return customers == 0 ? messages.get("charts.empty.needsTransactions")
                : respondents == 0 ? messages.get("charts.empty.needsSurvey") : null;
    }

    /** Saves chart {@code id} (chart-share, chart-trend, chart-matrix, chart-deciles) as a PNG. */
    public void savePng(String id, java.io.File file) throws java.io.IOException {
        ((ChartCard) lookup("#" + id)).savePng(file);
    }
}
