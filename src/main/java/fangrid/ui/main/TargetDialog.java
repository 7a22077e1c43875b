package fangrid.ui.main;

import fangrid.ui.common.Messages;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/**
 * Asks for the first-category target as a percentage of the whole base ({@code 15}, {@code 15.5 %}, full-width digits
 * too); an empty answer means no target, anything else outside 0–100 is said and asked again.
 */
final class TargetDialog {
    private final Messages messages;
    private final Window owner;
    private final OptionalDouble current;

    TargetDialog(Messages messages, Window owner, OptionalDouble current) {
        this.messages = messages;
        this.owner = owner;
        this.current = current;
    }

    /** The new target (0–1; empty: none), or nothing when the user cancels. */
    Optional<OptionalDouble> ask() {
        String shown = current.isPresent()
                ? BigDecimal.valueOf(current.getAsDouble() * 100).stripTrailingZeros().toPlainString() : "";
        while (true) {
            TextInputDialog d = new TextInputDialog(shown);
            d.initOwner(owner);
            d.setTitle(messages.get("headline.target.dialog.title"));
            d.setHeaderText(null);
            d.setContentText(messages.get("headline.target.dialog.text"));
            d.getEditor().setId("targetInput");
            Optional<String> answer = d.showAndWait();
            if (answer.isEmpty()) {
                return Optional.empty();
            }
            OptionalDouble parsed = parse(answer.get());
            if (parsed != null) {
                return Optional.of(parsed);
            }
            Alert bad = new Alert(Alert.AlertType.WARNING, messages.get("headline.target.invalid"));
            bad.initOwner(owner);
            bad.setHeaderText(null);
            bad.showAndWait();
            shown = answer.get();
        }
    }

    /** A percentage 0–100 as a share 0–1; empty for a blank answer; null when it is not one. */
    static OptionalDouble parse(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace("%", "").strip();
        if (t.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            double percent = Double.parseDouble(t);
            return percent >= 0 && percent <= 100 ? OptionalDouble.of(percent / 100) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
