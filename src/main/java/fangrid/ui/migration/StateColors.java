package fangrid.ui.migration;

import fangrid.domain.MigrationAxis;
import javafx.scene.paint.Color;

/**
 * The colour of a migration state in the flow chart and the small multiples: grid cells by recency band (recent
 * green, lapsing amber, lapsed red), activities by the theme's activity colours, plan tiers in blues from the top,
 * and greys for not yet a customer and no purchase.
 */
final class StateColors {
    private static final Color[] RECENCY = {Color.web("#2f9e6e"), Color.web("#e0a526"), Color.web("#d94f2b")};
    private static final Color[] ACTIVITY = {Color.web("#8e9aaf"), Color.web("#2f9e6e"), Color.web("#e0a526"),
            Color.web("#3b6fd1")};

    private StateColors() {
    }

    static Color of(String state) {
        if (state.equals(MigrationAxis.NOT_YET)) {
            return Color.web("#6b7685");
        } else if (state.equals(MigrationAxis.NO_PURCHASE)) {
            return Color.web("#b8c0cc");
        }
        int n = state.charAt(1) - '0';
        return switch (state.charAt(0)) {
            case 'R' -> RECENCY[n - 1];
            case 'A' -> ACTIVITY[n - 1];
            default -> Color.web("#3b6fd1").deriveColor(0, 1, 1, Math.max(0.35, 1 - 0.12 * (n - 1)));
        };
    }
}
