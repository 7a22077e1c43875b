package fangrid.ui.main;

import fangrid.domain.DataKind;
import fangrid.ui.categories.CategoriesController;
import fangrid.ui.common.ViewLoader;
import fangrid.ui.crosscategory.CrossCategoryController;
import fangrid.ui.migration.MigrationController;
import fangrid.ui.plan.PlanController;
import fangrid.ui.predict.PredictionController;
import fangrid.ui.target.TargetController;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The window's lower tabs and the view each holds, built when the tab is first shown ({@link LazyTabs}); tabs are
 * named for {@code --tab=} by {@link #show(String)}.
 */
final class LowerTabs {
    /** The tabs, in the window's order. */
    record Tabs(TabPane pane, Tab detail, Tab charts, Tab migration, Tab plan, Tab cpm, Tab prediction, Tab target,
                Tab categories, Tab cross) {
    }

    private final Tabs tabs;
    private final LazyTabs lazy;

    /**
     * The views of {@code tabs}: detail, charts and CPM are {@code views}'; the others are loaded by {@code loader};
     * an empty cross-category view's import button calls {@code importer}.
     */
    LowerTabs(Tabs tabs, MainModel model, LinkedViews views, ViewLoader loader, Consumer<DataKind> importer) {
        this.tabs = tabs;
        lazy = new LazyTabs(tabs.pane());
        lazy.add(tabs.detail(), views::detailView);
        lazy.add(tabs.charts(), views::chartsView);
        lazy.add(tabs.migration(), () -> {
            var v = loader.load(MainController.class.getResource("MigrationView.fxml"), MigrationController.class);
            views.addSource(v.controller().matrix(), v.controller().matrix());
            return new LazyTabs.View(v.root(), v.controller()::dispose);
        });
        lazy.add(tabs.plan(), () -> {
            var v = loader.load(PlanController.class.getResource("PlanView.fxml"), PlanController.class);
            v.controller().setShowDetail(() -> select(tabs.detail()));
            return new LazyTabs.View(v.root(), v.controller()::dispose);
        });
        lazy.add(tabs.cpm(), () -> {
            var v = loader.load(MainController.class.getResource("CpmCardView.fxml"), CpmCardController.class);
            CpmCardController card = v.controller();
            views.addCpm(card.card(), card.holder(), card.chipHolder());
            ScrollPane scroll = new ScrollPane(v.root());
            scroll.setFitToWidth(true);
            scroll.setFitToHeight(true);
            scroll.getStyleClass().add("card-scroll");
            return new LazyTabs.View(scroll, card::dispose);
        });
        lazy.add(tabs.prediction(), () -> {
            var v = loader.load(PredictionController.class.getResource("PredictionView.fxml"),
                    PredictionController.class);
            return new LazyTabs.View(v.root(), v.controller()::dispose);
        });
        lazy.add(tabs.target(), () -> {
            var v = loader.load(TargetController.class.getResource("TargetView.fxml"), TargetController.class);
            v.controller().setShowDetail(() -> select(tabs.detail()));
            return new LazyTabs.View(v.root(), v.controller()::dispose);
        });
        lazy.add(tabs.categories(), () -> {
            var v = loader.load(CategoriesController.class.getResource("CategoriesView.fxml"),
                    CategoriesController.class);
            CategoriesController categories = v.controller();
            // the rows are computed only while the tab is shown
            ChangeListener<Boolean> shown = (o, was, now) -> categories.setVisible(now);
            tabs.categories().selectedProperty().addListener(shown);
            categories.setVisible(tabs.categories().isSelected());
            return new LazyTabs.View(v.root(), () -> {
                tabs.categories().selectedProperty().removeListener(shown);
                categories.dispose();
            });
        });
        lazy.add(tabs.cross(), () -> {
            var v = loader.load(CrossCategoryController.class.getResource("CrossCategoryView.fxml"),
                    CrossCategoryController.class);
            views.addSource(v.controller().matrix(), v.controller().matrix());
            v.controller().setImporter(importer);
            return new LazyTabs.View(v.root(), v.controller()::dispose);
        });
    }

    /**
     * Shows the tab {@code name} ("detail", "charts", "plan", "cpm", "migration", "prediction", "target", "cross" or
     * "categories"; anything else: detail).
     */
    void show(String name) {
        select(switch (name) {
            case "charts" -> tabs.charts();
            case "plan" -> tabs.plan();
            case "cpm" -> tabs.cpm();
            case "migration" -> tabs.migration();
            case "prediction" -> tabs.prediction();
            case "target" -> tabs.target();
            case "cross" -> tabs.cross();
            case "categories" -> tabs.categories();
            default -> tabs.detail();
        });
    }

    /** Builds {@code tab}'s view unless it is built (presentation mode lends every tab's view). */
    void build(Tab tab) {
        lazy.build(tab);
    }

    /** Detaches the views built from the model (the window is being replaced). */
    void dispose() {
        lazy.dispose();
    }

    private void select(Tab tab) {
        tabs.pane().getSelectionModel().select(tab);
    }
}
