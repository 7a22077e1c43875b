package fangrid.ui.charts;

import fangrid.ui.common.CategoryLabels;
import fangrid.analysis.FirstCategorySummary;
import fangrid.analysis.TrendPoint;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupLabels;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
import org.jfree.chart.JFreeChart;

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
    private final ChartCard shareCard;
    private final ChartCard trendCard;
    private final ChartCard matrixCard;
    private final ChartCard decilesCard;
    private final Messages messages;
    private final GroupLabels labels;
    private final Formats formats;
    private final DateTimeFormatter days;
    private FilteredView shown;
    private boolean hasTransactions = true;
    private List<TrendPoint> trendPoints = List.of();

    /**
     * The charts; their PNG menus ask {@code dialogs} where to save, and a PNG names the customers it shows as
     * {@code labels} does.
     */
    public ChartsPane(Messages messages, ChartStyler styler, FileDialogs dialogs, GroupLabels labels,
                      Consumer<Exception> errors) {
        this.messages = messages;
        this.labels = labels;
        this.formats = new Formats(messages.locale());
        this.days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
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
        shareCard = card("chart-share", "charts.share.title", share.chart(), styler, dialogs, errors);
        trendCard = card("chart-trend", "charts.trend.title", trend.chart(), styler, dialogs, errors);
        matrixCard = card("chart-matrix", "charts.matrix.title", matrix.chart(), styler, dialogs, errors);
        decilesCard = card("chart-deciles", "charts.deciles.title", deciles.chart(), styler, dialogs, errors);
        cards.add(shareCard, 0, 0);
        cards.add(trendCard, 1, 0);
        cards.add(matrixCard, 2, 0);
        cards.add(decilesCard, 3, 0);
        VBox.setVgrow(cards, Priority.ALWAYS);
        getChildren().addAll(chipHolder, cards);
    }

    private ChartCard card(String id, String titleKey, JFreeChart chart, ChartStyler styler, FileDialogs dialogs,
                           Consumer<Exception> errors) {
        return new ChartCard(id, messages.get(titleKey), chart, this::captionDetail, messages, styler, dialogs, errors);
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
        shown = v;
        hasTransactions = v.analysis().hasTransactions();
        showTrend(trendPoints);
        FirstCategorySummary everyone = v.analysis().summary().firstCategory();
        String missing = missing(everyone.base(), everyone.respondents());
        if (missing == null) {
            share.show(everyone, v.everyone() ? null : v.summary().firstCategory(), v.summary().people());
            matrix.show(v.summary().matrix());
            shareCard.showChart();
            matrixCard.showChart();
        } else {
            share.clear();
            matrix.clear();
            shareCard.say(missing);
            matrixCard.say(missing);
        }
        String noDeciles = !v.analysis().hasTransactions() ? messages.get("charts.empty.needsTransactions")
                : v.summary().deciles().totalSales() == 0 ? messages.get("charts.empty.noSales") : null;
        if (noDeciles == null) {
            deciles.show(v.summary().deciles());
            decilesCard.showChart();
        } else {
            deciles.clear();
            decilesCard.say(noDeciles);
        }
    }

    /**
     * Shows the first-category trend over monthly analysis dates; none is drawn while it is being computed, and
     * none can be without orders.
     */
    public void showTrend(List<TrendPoint> points) {
        trendPoints = List.copyOf(points);
        String missing = !hasTransactions ? messages.get("charts.empty.needsTransactions") : points.isEmpty() ? null
                : missing(points.get(points.size() - 1).base(),
                        points.stream().mapToInt(TrendPoint::respondents).max().orElse(0));
        if (missing == null && !points.isEmpty()) {
            trend.show(points);
            trendCard.showChart();
        } else {
            trend.clear();
            if (missing == null) {
                trendCard.showChart();
            } else {
                trendCard.say(missing);
            }
        }
    }

    /** The line a saved PNG carries under its title: the customers shown, the analysis date, the project. */
    private String captionDetail() {
        if (shown == null) {
            return "";
        }
        LocalDate asOf = shown.analysis().asOf();
        return messages.format("charts.png.caption",
                CategoryLabels.named(messages, shown.analysis(), labels.label(shown.filter())), formats.count(shown.summary().people()),
                asOf == null ? "—" : days.format(asOf), shown.analysis().projectName());
    }

    /** What a first-category chart lacks: customers, or survey answers; null when it has both. */
    private String missing(int customers, int respondents) {
        return customers == 0 ? messages.get("charts.empty.needsTransactions")
                : respondents == 0 ? messages.get("charts.empty.needsSurvey") : null;
    }
}
