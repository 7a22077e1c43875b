package fangrid.ui;

import fangrid.ui.common.ViewLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;

/** The window's views loaded from FXML in its language, with controllers from the composition root. */
final class FxmlViews implements ViewLoader {
    /** Makes the controller of {@code type}; {@code views} loads further views of the same window. */
    @FunctionalInterface
    interface Controllers {
        Object make(Class<?> type, ViewLoader views);
    }

    private final ResourceBundle messages;
    private final Controllers controllers;

    FxmlViews(ResourceBundle messages, Controllers controllers) {
        this.messages = messages;
        this.controllers = controllers;
    }

    @Override
    public <C> Loaded<C> load(URL fxml, Class<C> type) {
        FXMLLoader loader = new FXMLLoader(fxml, messages);
        loader.setControllerFactory(t -> controllers.make(t, this));
        try {
            return new Loaded<>(loader.load(), type.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the view " + fxml, e);
        }
    }
}
