package fangrid.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Message windows titled in the UI's language: an alert without a title shows JavaFX's English "Warning" or
 * "Confirmation" in its title bar and header.
 */
public final class Alerts {
    private Alerts() {
    }

    /** An alert owned by {@code owner} with {@code title} as its title and header; without buttons, its type's own. */
    public static Alert titled(Alert.AlertType type, Window owner, String title, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        a.setTitle(title);
        a.setHeaderText(title);
        a.initOwner(owner);
        return a;
    }

    /** Asks with OK and Cancel and waits; true when the user chose OK. */
    public static boolean confirmed(Window owner, String title, String text) {
        return titled(Alert.AlertType.CONFIRMATION, owner, title, text, ButtonType.OK, ButtonType.CANCEL).showAndWait()
                .filter(b -> b == ButtonType.OK).isPresent();
    }
}
