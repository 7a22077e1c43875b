package fangrid.ui.main;

import fangrid.analysis.Summary;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.SavedSegment;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.GroupSource;
import fangrid.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;

/**
 * The sidebar's segments: the behavioural segments, the deciles and the saved segments, with their sizes; each
 * can be dragged onto a view, alone or several at once.
 */
final class SegmentList implements GroupSource {
    private final ListView<CustomerGroup> list;
    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private Summary everyone;
    private List<SavedSegment> saved = List.of();

    SegmentList(ListView<CustomerGroup> list, Messages messages, GroupLabels labels) {
        this.list = list;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new SegmentCell());
        list.setPlaceholder(new javafx.scene.control.Label(messages.get("sidebar.noSegments")));
    }

    /** Shows the segments of an analysis ({@code summary} for everyone) and the saved segments. */
    void show(Summary summary, List<SavedSegment> savedSegments) {
        everyone = summary;
        saved = savedSegments;
        List<CustomerGroup> items = new ArrayList<>();
        for (BehaviouralSegment s : BehaviouralSegment.values()) {
            items.add(new CustomerGroup.Segment(s));
        }
        for (SavedSegment s : savedSegments) {
            items.add(new CustomerGroup.Saved(s.id()));
        }
        for (int d = 1; d <= 10; d++) {
            items.add(new CustomerGroup.Decile(d));
        }
        list.getItems().setAll(items);
    }

    private long count(CustomerGroup g) {
        if (everyone == null) {
            return 0;
        }
        if (g instanceof CustomerGroup.Segment s) {
            return everyone.segment(s.segment());
        } else if (g instanceof CustomerGroup.Decile d) {
            return everyone.deciles().customers()[d.decile() - 1];
        }
        long id = ((CustomerGroup.Saved) g).segmentId();
        return saved.stream().filter(s -> s.id() == id).mapToLong(SavedSegment::customerCount).findFirst().orElse(0);
    }

    @Override
    public GroupDrag.Payload selectedPayload() {
        List<CustomerGroup> groups = List.copyOf(list.getSelectionModel().getSelectedItems());
        return payload(groups, this::count);
    }

    private GroupDrag.Payload payload(List<CustomerGroup> groups, ToLongFunction<CustomerGroup> size) {
        if (groups.isEmpty()) {
            return null;
        }
        CustomerFilter f = CustomerFilter.of(groups);
        // Segments overlap: the size of a union of several is not the sum of theirs, so it is left unsaid.
        long count = groups.size() == 1 ? size.applyAsLong(groups.get(0)) : GroupDrag.UNKNOWN_COUNT;
        return new GroupDrag.Payload(f, labels.label(f), count);
    }

    private final class SegmentCell extends ListCell<CustomerGroup> {
        SegmentCell() {
            GroupDrag.source(this, () -> {
                CustomerGroup g = getItem();
                if (g == null) {
                    return null;
                }
                return list.getSelectionModel().getSelectedItems().contains(g) ? selectedPayload()
                        : payload(List.of(g), SegmentList.this::count);
            }, messages, formats);
        }

        @Override
        protected void updateItem(CustomerGroup g, boolean empty) {
            super.updateItem(g, empty);
            getStyleClass().removeAll("saved-segment");
            if (empty || g == null) {
                setText(null);
                setId(null);
                return;
            }
            setId("segment-" + g.id().replace(':', '-'));
            setText(messages.format("sidebar.segment", labels.label(g), formats.count(count(g))));
            if (g instanceof CustomerGroup.Saved) {
                getStyleClass().add("saved-segment");
            }
        }
    }
}
