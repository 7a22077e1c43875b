package fangrid.ui.common;

import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.ui.crossfilter.FilteredView;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.paint.Color;

/**
 * Drag and drop of customers between the views: a source carries a {@link Payload}; a target accepts it unless
 * it came from inside the target itself. While a drag is under way the scene's root has the style class
 * {@code dragging}, so the CSS highlights every {@code drop-target}; the one under the pointer gets {@code drop-hover}.
 */
public final class GroupDrag {
    /** The clipboard format of carried customers: a {@link CustomerFilter} in its text form. */
    public static final DataFormat FILTER = new DataFormat("application/x-fangrid-filter");
    /** The count of a payload whose size is not known without computing it. */
    public static final long UNKNOWN_COUNT = -1;
    private static final String DRAGGING = "dragging";
    private static final String HOVER = "drop-hover";
    /** The key under which a target keeps what a drop on it does, for places that forward drops to it. */
    private static final Object ON_DROP = new Object();

    private GroupDrag() {
    }

    /**
     * What a drag carries.
     *
     * @param filter the customers
     * @param label  how the user sees them named, e.g. {@code R1F1 + R1F2}
     * @param count  how many they are, as the source shows it, or {@link #UNKNOWN_COUNT}
     */
    public record Payload(CustomerFilter filter, String label, long count) {
    }

    /**
     * What carrying the cells {@code groups} of a view means: those cells of the customers the view shows
     * ({@code shown}); {@code size} gives each cell's count as the view shows it. Null when nothing is carried.
     */
    public static Payload payload(FilteredView shown, List<CustomerGroup> groups, ToLongFunction<CustomerGroup> size,
                                  GroupLabels labels) {
        if (shown == null || groups.isEmpty()) {
            return null;
        }
        long count = groups.stream().mapToLong(size).sum();
        CustomerFilter filter = shown.filter().and(groups);
        return new Payload(filter, labels.label(filter), count);
    }

    /** Makes {@code node} start a drag of what {@code payload} gives when a drag starts on it (null: nothing). */
    public static void source(Node node, Supplier<Payload> payload, Messages messages, Formats formats) {
        node.setOnDragDetected(e -> {
            Payload p = payload.get();
            if (p == null) {
                return;
            }
            Dragboard board = node.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.put(FILTER, p.filter().format());
            content.putString(p.label());
            board.setContent(content);
            board.setDragView(image(node, p.count() == UNKNOWN_COUNT ? p.label()
                    : messages.format("drag.label", p.label(), formats.count(p.count()))));
            node.getScene().getRoot().getStyleClass().add(DRAGGING);
            e.consume();
        });
        node.setOnDragDone(e -> {
            if (node.getScene() != null) {
                node.getScene().getRoot().getStyleClass().removeAll(DRAGGING);
            }
        });
    }

    /** Makes {@code node} take dropped customers and hand their filter to {@code onDrop}. */
    public static void target(Node node, Consumer<CustomerFilter> onDrop) {
        node.getProperties().put(ON_DROP, onDrop);
        node.getStyleClass().add("drop-target");
        node.setOnDragOver(e -> {
            if (accepts(node, e)) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        node.setOnDragEntered(e -> {
            if (accepts(node, e)) {
                node.getStyleClass().add(HOVER);
            }
        });
        node.setOnDragExited(e -> node.getStyleClass().removeAll(HOVER));
        node.setOnDragDropped(e -> {
            boolean done = accepts(node, e);
            if (done) {
                onDrop.accept(CustomerFilter.parse((String) e.getDragboard().getContent(FILTER)));
            }
            node.getStyleClass().removeAll(HOVER);
            e.setDropCompleted(done);
            e.consume();
        });
    }

    /**
     * What a drop on {@code node} does, if {@link #target} made it take drops: a place that stands for the node
     * where the node itself cannot be reached (a slide's name while another slide is shown) can do the same.
     */
    @SuppressWarnings("unchecked")
    public static java.util.Optional<Consumer<CustomerFilter>> dropAction(Node node) {
        return java.util.Optional.ofNullable((Consumer<CustomerFilter>) node.getProperties().get(ON_DROP));
    }

    private static boolean accepts(Node target, DragEvent e) {
        if (!e.getDragboard().hasContent(FILTER)) {
            return false;
        }
        for (Object n = e.getGestureSource(); n instanceof Node node; n = node.getParent()) {
            if (node == target) {
                return false;
            }
        }
        return true;
    }

    /** The drag image: a label saying what is carried, styled like the app. */
    private static Image image(Node source, String text) {
        Label label = new Label(text);
        label.getStyleClass().add("drag-image");
        Scene scene = new Scene(new javafx.scene.layout.StackPane(label));
        scene.getStylesheets().setAll(source.getScene().getStylesheets());
        Parent root = scene.getRoot();
        root.applyCss();
        root.layout();
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return label.snapshot(params, null);
    }
}
