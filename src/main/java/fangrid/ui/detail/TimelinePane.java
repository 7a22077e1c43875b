package fangrid.ui.detail;

import fangrid.analysis.TimelineEvent;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The selected customer's timeline: purchases, returns and survey answers, oldest first. */
final class TimelinePane extends VBox {
    private final SegmentDetailModel model;
    private final Label title = new Label();
    private final ChangeListener<Integer> customerListener;
    private final InvalidationListener namesListener;

    TimelinePane(SegmentDetailModel model, Messages messages) {
        this.model = model;
        Formats formats = new Formats(messages.locale());
        setSpacing(4);
        getStyleClass().add("timeline");
        title.setId("timelineTitle");
        title.getStyleClass().add("detail-subtitle");
        title.setWrapText(true);
        title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.setText(messages.get("detail.timeline.none"));
        ListView<TimelineEvent> list = new ListView<>(model.timeline());
        list.setId("timeline");
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> model.customerProperty().get() == null ? ""
                        : model.timelineLoadingProperty().get() ? messages.get("detail.timeline.loading")
                        : model.analysis() != null && model.analysis().fromSummary()
                        ? messages.format("summaryOnly.timeline", model.analysis().asOf())
                        : messages.get("detail.timeline.empty"),
                model.timelineLoadingProperty(), model.customerProperty()));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEvent e, boolean empty) {
                super.updateItem(e, empty);
                getStyleClass().removeAll("timeline-purchase", "timeline-return", "timeline-survey");
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                setText(TimelineText.describe(e, messages, formats));
                getStyleClass().add("timeline-" + TimelineText.kind(e));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(title, list);
        customerListener = (o, old, i) -> title.setText(i == null || model.analysis() == null
                ? messages.get("detail.timeline.none")
                : messages.format("detail.timeline.title",
                        model.namesProperty().get().id(i, model.analysis().customerId(i))));
        namesListener = o -> customerListener.changed(model.customerProperty(), null, model.customerProperty().get());
        model.customerProperty().addListener(customerListener);
        model.namesProperty().addListener(namesListener);
        customerListener.changed(model.customerProperty(), null, model.customerProperty().get());
    }

    void dispose() {
        model.customerProperty().removeListener(customerListener);
        model.namesProperty().removeListener(namesListener);
    }
}
