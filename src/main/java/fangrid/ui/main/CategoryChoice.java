package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.ProductCategories;
import fangrid.ui.common.CategoryLabels;
import fangrid.ui.common.Messages;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/**
 * The category selector of the settings bar: "all products" first, then the project's categories (most lines first,
 * the uncategorised lines last). Choosing one analyses again on that category's order lines only, with the window's
 * progress; the choice lasts for the session.
 */
public final class CategoryChoice {
    private final MainModel model;
    private final ComboBox<String> choice;
    private boolean showing;

    /** @param choice its items are category names; null stands for all products */
    CategoryChoice(MainModel model, Messages messages, ComboBox<String> choice) {
        this.model = model;
        this.choice = choice;
        choice.setButtonCell(cell(messages));
        choice.setCellFactory(l -> cell(messages));
        choice.setAccessibleText(messages.get("category.label"));
        model.categories().addListener((ListChangeListener<ProductCategories.CategoryLines>) c -> fill());
        choice.valueProperty().addListener((o, old, name) -> choose(name));
        fill();
    }

    private static ListCell<String> cell(Messages messages) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : CategoryLabels.label(messages, name));
            }
        };
    }

    private void fill() {
        showing = true;
        try {
            choice.getItems().setAll((String) null);
            model.categories().forEach(c -> choice.getItems().add(c.name()));
            Analysis a = model.analysisProperty().get();
            choice.setValue(a == null ? null : a.settings().category());
            choice.setDisable(model.categories().size() < 2);
        } finally {
            showing = false;
        }
    }

    /** Shows the category of {@code a} without analysing again. */
    void show(Analysis a) {
        showing = true;
        try {
            choice.setValue(a.settings().category());
        } finally {
            showing = false;
        }
    }

    private void choose(String name) {
        if (!showing) {
            model.showCategory(name);
        }
    }
}
