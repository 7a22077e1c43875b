package fangrid.ui.main;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The lower tabs' views, each built the first time its tab is selected or its view is wanted elsewhere (presentation
 * mode lends every view): a start builds only the tab it shows. Building every tab's view (FXML, charts, CSS, layout)
 * was most of the FX thread's work before the first frame.
 */
final class LazyTabs {
    /** A view built for a tab: its node, and what detaches it from the model when the window is replaced. */
    record View(Node node, Runnable dispose) {
    }

    private final TabPane tabs;
    private final Map<Tab, Supplier<View>> unbuilt = new LinkedHashMap<>();
    private final List<Runnable> disposals = new ArrayList<>();
    private final ChangeListener<Tab> selected = (o, old, tab) -> build(tab);

    LazyTabs(TabPane tabs) {
        this.tabs = tabs;
        tabs.getSelectionModel().selectedItemProperty().addListener(selected);
    }

    /** {@code tab} gets the view {@code builder} makes when it is first selected (at once, if it is selected). */
    void add(Tab tab, Supplier<View> builder) {
        unbuilt.put(tab, builder);
        if (tab.isSelected()) {
            build(tab);
        }
    }

    /** Detaches the views built from the model (the window is being replaced); unbuilt ones hold nothing. */
    void dispose() {
        tabs.getSelectionModel().selectedItemProperty().removeListener(selected);
        disposals.forEach(Runnable::run);
        disposals.clear();
    }

    /** Builds {@code tab}'s view, unless it is built or the tab has none to build. */
    void build(Tab tab) {
        Supplier<View> builder = unbuilt.remove(tab);
        if (builder != null) {
            View view = builder.get();
            tab.setContent(view.node());
            disposals.add(view.dispose());
        }
    }
}
