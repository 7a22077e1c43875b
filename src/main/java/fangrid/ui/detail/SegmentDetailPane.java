package fangrid.ui.detail;

import fangrid.ui.common.CategoryLabels;
import fangrid.analysis.Analysis;
import fangrid.analysis.SegmentStats;
import fangrid.domain.Activity;
import fangrid.domain.ExportResult;
import fangrid.ui.common.Alerts;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.TaskProgressDialog;
import fangrid.ui.crossfilter.FilteredView;
import java.nio.file.Path;
import javafx.beans.value.ChangeListener;
import javafx.concurrent.Task;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Segment detail: who is in a group and what they are worth (count, % of base, net sales and share, average order
 * value, frequency and recency, return rate), what to do next (the recommended activity, the message phase), the
 * customers themselves ({@link CustomerTablePane}) and a customer's timeline; save as a segment, export.
 */
public final class SegmentDetailPane extends VBox {
    private final SegmentDetailModel model;
    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private final StackPane chipHolder = new StackPane();
    {
        chipHolder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }
    private final Label title = new Label();
    private final GridPane figures = new GridPane();
    private final Label activity = new Label();
    private final Label phase = new Label();
    private final Label feedback = new Label();
    private final CustomerTablePane table;
    private final TimelinePane timeline;
    private final ChangeListener<SegmentStats> statsListener = (o, old, s) -> showStats(s);
    private final FileDialogs dialogs;
    private int row;

    public SegmentDetailPane(SegmentDetailModel model, Messages messages, GroupLabels labels, FileDialogs dialogs) {
        this.dialogs = dialogs;
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        setId("segmentDetail");
        getStyleClass().add("segment-detail");
        title.setId("detailTitle");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        figures.getStyleClass().add("detail-figures");
        activity.setId("detailActivity");
        activity.setWrapText(true);
        activity.getStyleClass().add("detail-activity");
        phase.setId("detailPhase");
        phase.setWrapText(true);
        phase.getStyleClass().add("detail-note");

        Button save = new Button(messages.get("detail.save"));
        save.setId("saveSegment");
        save.setOnAction(e -> new SaveSegmentDialog(messages, model.statsProperty().get(), getScene().getWindow())
                .showAndWait().ifPresent(this::save));
        MenuButton export = new MenuButton(messages.get("detail.export"));
        export.setId("exportSegment");
        for (SegmentDetailModel.Export kind : SegmentDetailModel.Export.values()) {
            MenuItem item = new MenuItem(messages.get("detail.export." + kind.key()));
            item.setId("export-" + kind.key());
            item.setOnAction(e -> ExportChooser.choose(kind, proposedFileName(kind), messages, dialogs,
                    getScene().getWindow()).ifPresent(file -> exportTo(kind, file)));
            export.getItems().add(item);
        }
        HBox actions = new HBox(6, save, export);
        actions.getStyleClass().add("detail-actions");
        feedback.setId("detailFeedback");
        feedback.getStyleClass().add("detail-note");
        feedback.setWrapText(true);
        VBox summary = new VBox(4, title, actions, feedback, figures, activity, phase);
        summary.getStyleClass().add("detail-summary");
        ScrollPane summaryScroll = new ScrollPane(summary);
        summaryScroll.setFitToWidth(true);
        summaryScroll.getStyleClass().addAll("card-scroll", "detail-summary-scroll");
        summaryScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        table = new CustomerTablePane(model, messages);
        timeline = new TimelinePane(model, messages);
        HBox.setHgrow(table, Priority.ALWAYS);
        HBox body = new HBox(10, summaryScroll, table, timeline);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(chipHolder, body);
        model.statsProperty().addListener(statsListener);
        // A window rebuilt for another language gets no change event for figures the model already holds (the
        // whole base's are one cached object), so it shows them now.
        showStats(model.statsProperty().get());
    }

    private void save(SegmentDetailModel.SaveRequest request) {
        model.save(request, saved -> feedback.setText(messages.format("detail.saved", saved.name(),
                formats.count(saved.customerCount()))), () -> {
                    if (Alerts.confirmed(getScene().getWindow(), messages.get("detail.save"),
                            messages.format("detail.save.taken", request.name()))) {
                        save(request.replacing());
                    }
                });
    }

    /**
     * Exports the group's customers to {@code file} with a progress dialog (what the export menu does once a file
     * is chosen); null when nothing is shown.
     */
    public Task<ExportResult> exportTo(SegmentDetailModel.Export kind, Path file) {
        Task<ExportResult> task = model.export(kind, file, messages.bundle());
        if (task != null) {
            feedback.setText("");
            Analysis exported = model.analysis();
            task.addEventHandler(javafx.concurrent.WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
                if (model.analysis() == exported) {
                    feedback.setText(messages.format("detail.exported", formats.count(task.getValue().rows()),
                            file.getFileName().toString()));
                }
            });
            TaskProgressDialog.show(task, messages.get("detail.exporting"),
                    rows -> messages.format("detail.rowsWritten", Long.parseLong(rows)), getScene().getWindow());
        }
        return task;
    }

    /** The group's name as the title shows it and the analysis date, e.g. {@code R1F1+R1F2_2011-12-10.csv}. */
    private String proposedFileName(SegmentDetailModel.Export kind) {
        Analysis a = model.analysis();
        return ExportFileName.of(title.getText(), a == null ? null : a.asOf(), kind.format().extension());
    }

    /** Where the view's filter chip goes. */
    public StackPane chipHolder() {
        return chipHolder;
    }

    /** Shows the customers of a view. */
    public void show(FilteredView v) {
        if (model.analysis() != v.analysis()) {
            // What was saved or exported was said of the previous analysis, perhaps of another project.
            feedback.setText("");
        }
        title.setText(CategoryLabels.named(messages, v.analysis(), labels.label(v.filter())));
        model.show(v);
    }

    private void showStats(SegmentStats s) {
        figures.getChildren().clear();
        row = 0;
        if (s == null) {
            activity.setText("");
            phase.setText("");
            return;
        }
        figure("customers", messages.format("detail.customers.value", formats.count(s.customers()),
                formats.percent(s.shareOfBase())));
        figure("sales", messages.format("detail.sales.value", formats.money(s.netSales()),
                formats.percent(s.shareOfSales())));
        figure("aov", Double.isNaN(s.averageOrderValue()) ? "–" : formats.money(s.averageOrderValue()));
        figure("frequency", Double.isNaN(s.averageFrequency()) ? "–"
                : messages.format("detail.frequency.value", s.averageFrequency()));
        figure("recency", Double.isNaN(s.averageRecencyDays()) ? "–"
                : messages.format("detail.recency.value", s.averageRecencyDays()));
        figure("returns", formats.percent(s.returnRate()));
        Activity a = s.recommendedActivity();
        activity.setText(a == null ? "" : messages.format("detail.activity", a.number(), messages.get(a.key()),
                formats.count(s.activityCustomers(a))));
        phase.setText(messages.format("detail.phase", formats.count(s.functionalPhase()), formats.count(s.brandPhase()),
                formats.count(s.nonBuyers())));
    }

    private void figure(String key, String value) {
        Label name = new Label(messages.get("detail." + key));
        name.getStyleClass().add("detail-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setId("detail-" + key);
        v.getStyleClass().add("detail-value");
        v.setWrapText(true);
        figures.addRow(row++, name, v);
    }

    /** Detaches from the model (the window is being replaced). */
    public void dispose() {
        model.statsProperty().removeListener(statsListener);
        table.dispose();
        timeline.dispose();
    }
}
