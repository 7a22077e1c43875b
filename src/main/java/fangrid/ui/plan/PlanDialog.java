package fangrid.ui.plan;

import fangrid.domain.PlanTierScheme;
import fangrid.project.ProjectSession;
import fangrid.ui.common.Messages;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** Asks for a new plan's start, period, number of tiers and hysteresis margin. */
final class PlanDialog {
    private final Messages messages;
    private final LocalDate defaultStart;

    /** What the user chose; {@code margin} as a share of the narrower tier at an edge (0.9 = 90 %). */
    record Choice(LocalDate start, int months, int tiers, double margin) {
    }

    PlanDialog(Messages messages, LocalDate defaultStart) {
        this.messages = messages;
        this.defaultStart = defaultStart;
    }

    Optional<Choice> ask(Window owner) {
        Dialog<Choice> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(messages.get("plan.create.title"));
        d.setHeaderText(messages.get("plan.create.header"));
        DatePicker start = new DatePicker(defaultStart);
        Spinner<Integer> months = new Spinner<>(1, 24, ProjectSession.DEFAULT_PLAN_MONTHS);
        months.setEditable(true);
        ComboBox<Integer> tiers = new ComboBox<>();
        for (int n = PlanTierScheme.MIN_TIERS; n <= PlanTierScheme.MAX_TIERS; n++) {
            tiers.getItems().add(n);
        }
        tiers.setValue(PlanTierScheme.DEFAULT_TIERS);
        Spinner<Integer> margin = new Spinner<>(0, 95, (int) Math.round(ProjectSession.DEFAULT_PLAN_MARGIN * 100));
        margin.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        row(grid, 0, "plan.create.start", start);
        row(grid, 1, "plan.create.months", months);
        row(grid, 2, "plan.create.tiers", tiers);
        row(grid, 3, "plan.create.margin", margin);
        Label help = new Label(messages.get("plan.create.marginHelp"));
        help.setWrapText(true);
        help.setMaxWidth(420);
        grid.add(help, 0, 4, 2, 1);
        d.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(messages.get("plan.create.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(create, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(create).disableProperty().bind(start.valueProperty().isNull());
        d.setResultConverter(b -> b == create ? new Choice(start.getValue(), months.getValue(), tiers.getValue(),
                margin.getValue() / 100.0) : null);
        return d.showAndWait();
    }

    private void row(GridPane grid, int row, String key, javafx.scene.Node field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        grid.add(l, 0, row);
        grid.add(field, 1, row);
    }
}
