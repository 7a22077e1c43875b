package fangrid.ui.common;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for a project's password: the password of an encrypted project to open it or take its password off, or a new
 * password, typed twice. The answer is a {@code char[]} for the caller to hand on (the session overwrites it once
 * used); the fields are cleared when the dialog closes. JavaFX keeps a field's text as a String, which cannot be
 * overwritten: it lives only until the next garbage collection.
 */
public final class PasswordDialog {
    private PasswordDialog() {
    }

    /** Asks for the password of an encrypted project; {@code problem} (e.g. "wrong password") is shown when not null. */
    public static Optional<char[]> ask(Window owner, Messages messages, String title, String text, String problem) {
        PasswordField field = field("passwordField", messages.get("encryption.password"));
        return show(owner, messages, title, text, problem, field, null, field.textProperty().isEmpty());
    }

    /** Asks for a new password twice; OK is enabled once both fields match. */
    public static Optional<char[]> askNew(Window owner, Messages messages, String title, String text) {
        PasswordField field = field("passwordField", messages.get("encryption.newPassword"));
        PasswordField again = field("passwordAgainField", messages.get("encryption.passwordAgain"));
        BooleanBinding unusable = field.textProperty().isEmpty()
                .or(Bindings.notEqual(field.textProperty(), again.textProperty()));
        Label mismatch = new Label(messages.get("encryption.mismatch"));
        mismatch.getStyleClass().add("password-problem");
        mismatch.visibleProperty().bind(again.textProperty().isNotEmpty()
                .and(Bindings.notEqual(field.textProperty(), again.textProperty())));
        VBox second = new VBox(4, labelFor(again), again, mismatch);
        return show(owner, messages, title, text, null, field, second, unusable);
    }

    private static PasswordField field(String id, String label) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setAccessibleText(label);
        f.setPromptText(label);
        return f;
    }

    private static Label labelFor(PasswordField f) {
        Label l = new Label(f.getAccessibleText());
        l.setLabelFor(f);
        return l;
    }

    private static Optional<char[]> show(Window owner, Messages messages, String title, String text, String problem,
                                         PasswordField field, VBox second, BooleanBinding unusable) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Label intro = new Label(text);
        intro.setWrapText(true);
        intro.setMaxWidth(420);
        VBox content = new VBox(8, intro);
        if (problem != null) {
            Label p = new Label(problem);
            p.setId("passwordProblem");
            p.getStyleClass().add("password-problem");
            p.setWrapText(true);
            content.getChildren().add(p);
        }
        content.getChildren().addAll(labelFor(field), field);
        if (second != null) {
            content.getChildren().add(second);
        }
        d.getDialogPane().setContent(content);
        if (owner != null && owner.getScene() != null) {
            d.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        d.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(unusable);
        d.setOnShown(e -> field.requestFocus());
        Optional<ButtonType> answer = d.showAndWait();
        char[] password = field.getText().toCharArray();
        field.clear();
        if (second != null) {
            second.getChildren().stream().filter(PasswordField.class::isInstance)
                    .forEach(n -> ((PasswordField) n).clear());
        }
        if (answer.filter(b -> b == ButtonType.OK).isPresent()) {
            return Optional.of(password);
        }
        java.util.Arrays.fill(password, '\0');
        return Optional.empty();
    }
}
