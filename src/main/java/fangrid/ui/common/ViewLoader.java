package fangrid.ui.common;

import java.net.URL;
import javafx.scene.Parent;

/**
 * Loads a view from FXML with the window's messages and the controllers the composition root makes, for views built
 * after the window, e.g. a lower tab's the first time it is shown.
 */
public interface ViewLoader {
    /** Loads {@code fxml}, whose controller is a {@code type}; a view the app cannot read is a defect (unchecked). */
    <C> Loaded<C> load(URL fxml, Class<C> type);

    /** A loaded view: its root node and its controller. */
    record Loaded<C>(Parent root, C controller) {
    }
}
