package fangrid.ui.main;

import fangrid.analysis.Summary;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.RankDownRule;
import fangrid.domain.SavedSegment;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.GroupSource;
import fangrid.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The sidebar's segments: the rank-down risk (all, and this week's), the behavioural segments, the deciles and the
 * saved segments, with their sizes; each can be dragged onto a view, alone or several at once.
 */
final class SegmentList implements GroupSource {
    private final ListView<CustomerGroup> list;
    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;
    private Summary everyone;
    private List<SavedSegment> saved = List.of();
    private RankDownRule rankDownRule = RankDownRule.DEFAULT;

    SegmentList(ListView<CustomerGroup> list, Messages messages, GroupLabels labels) {
        this.list = list;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.labels = labels;
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(l -> new SegmentCell());
        list.setPlaceholder(new Label(messages.get("sidebar.noSegments")));
    }

    /** The rank-down line in use, for the rank-down segments' tooltips; shown with the next {@link #show}. */
    void rankDownRule(RankDownRule rule) {
        rankDownRule = rule;
    }

    /** Shows the segments of an analysis ({@code summary} for everyone) and the saved segments. */
    void show(Summary summary, List<SavedSegment> savedSegments) {
        everyone = summary;
        saved = savedSegments;
        List<CustomerGroup> items = new ArrayList<>();
        items.add(new CustomerGroup.RankDown(false));
        items.add(new CustomerGroup.RankDown(true));
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
        } else if (g instanceof CustomerGroup.RankDown r) {
            return r.thisWeek() ? everyone.portfolio().atRiskThisWeek() : everyone.portfolio().atRisk();
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

    /** What the rank-down segment holds, for its tooltip: the line in use and the order of its list. */
    private String rankDownRule(CustomerGroup.RankDown r) {
        String k = new java.text.DecimalFormat("0.##", java.text.DecimalFormatSymbols.getInstance(messages.locale()))
                .format(rankDownRule.k());
        return messages.format(r.thisWeek() ? "sidebar.rankDown.week.tooltip" : "sidebar.rankDown.tooltip", k);
    }

    /**
     * A segment's name, shortened with an ellipsis when the sidebar is narrow, and its size, always whole: at 2 M
     * customers "ワンタイムユーザー · 224,056人" is wider than the sidebar. The cell's text stays the whole line, for
     * screen readers and the tooltip; the cell never asks for more than the list's width, so the list does not scroll
     * sideways.
     */
    private final class SegmentCell extends ListCell<CustomerGroup> {
        private final Label name = new Label();
        private final Label size = new Label();
        private final HBox line = new HBox(6, name, size);
        private final Tooltip whole = new Tooltip();

        SegmentCell() {
            name.setMinWidth(0);
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            size.setMinWidth(Region.USE_PREF_SIZE);
            size.getStyleClass().add("segment-size");
            line.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
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
                setGraphic(null);
                setTooltip(null);
                setId(null);
                return;
            }
            setId("segment-" + g.id().replace(':', '-'));
            String people = formats.count(count(g));
            setText(messages.format("sidebar.segment", labels.label(g), people));
            whole.setText(g instanceof CustomerGroup.RankDown r ? getText() + "\n" + rankDownRule(r) : getText());
            setTooltip(whole);
            name.setText(labels.label(g));
            size.setText(messages.format("sidebar.segmentSize", people));
            setGraphic(line);
            if (g instanceof CustomerGroup.Saved) {
                getStyleClass().add("saved-segment");
            }
        }
    }
}
