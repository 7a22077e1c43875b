package fangrid.ui.plan;

import fangrid.analysis.PlanProgress;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.SalesPlan;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupDrag;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskProgressDialog;
import fangrid.ui.crossfilter.CrossFilter;
import fangrid.ui.crossfilter.ViewId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * The plan view: choose or create a plan, see each tier's customers, who bought since the start, their sales against
 * the prediction and who has not bought yet. A tier's row drags its not-yet-bought customers (the list to contact)
 * onto any view; its menu sends them, or the whole tier, to segment detail (to list, save or export them).
 */
public final class PlanController {
    private final PlanModel model;
    private final CrossFilter crossFilter;
    private final Messages messages;
    private final Formats formats;
    private final Supplier<LocalDate> analysisDate;
    private final ChangeListener<PlanModel.Shown> shownListener = (o, old, s) -> render(s);
    private final ListChangeListener<SalesPlan> plansListener = c -> fillChoice();
    private Runnable showDetail = () -> { };
    private boolean filling;

    @FXML private VBox planView;
    @FXML private Label planChoiceLabel;
    @FXML private ComboBox<SalesPlan> planChoice;
    @FXML private Button deleteButton;
    @FXML private Label summary;
    @FXML private TableView<Row> tierTable;

    /** One tier as the table shows it. */
    record Row(LocalDate start, SalesPlan.Tier tier, PlanProgress.Tier progress) {
    }

    /** @param analysisDate the date a new plan starts at unless the user picks another */
    public PlanController(PlanModel model, CrossFilter crossFilter, Messages messages, Supplier<LocalDate> analysisDate) {
        this.model = model;
        this.crossFilter = crossFilter;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.analysisDate = analysisDate;
    }

    @FXML
    private void initialize() {
        planChoiceLabel.setLabelFor(planChoice);
        planChoice.setCellFactory(l -> new PlanCell());
        planChoice.setButtonCell(new PlanCell());
        planChoice.valueProperty().addListener((o, old, p) -> {
            if (!filling) {
                model.choose(p);
            }
        });
        deleteButton.disableProperty().bind(planChoice.valueProperty().isNull());
        tierTable.setPlaceholder(new Label(messages.get("plan.empty")));
        tierTable.getColumns().setAll(List.of(
                column("plan.column.tier", r -> r.tier().number() + ". " + r.tier().label().name(messages.locale())),
                column("plan.column.action", r -> r.tier().label().action(messages.locale())),
                column("plan.column.customers", r -> formats.count(r.progress().customers())),
                column("plan.column.bought", r -> formats.count(r.progress().bought())),
                column("plan.column.boughtShare", r -> formats.percent(r.progress().boughtShare())),
                column("plan.column.netSales", r -> formats.money(r.progress().netSales())),
                column("plan.column.expected", r -> formats.money(r.progress().expectedSales())),
                column("plan.column.againstPrediction", r -> Double.isNaN(r.progress().salesAgainstPrediction())
                        ? "–" : formats.percent(r.progress().salesAgainstPrediction())),
                column("plan.column.notBought", r -> formats.count(r.progress().notBought().size()))));
        tierTable.getColumns().get(1).setPrefWidth(320);
        tierTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tierTable.setRowFactory(t -> new TierRow());
        model.plans().addListener(plansListener);
        model.shownProperty().addListener(shownListener);
        fillChoice();
        render(model.shownProperty().get());
    }

    /** What runs after a tier is sent to segment detail: the window shows that tab. */
    public void setShowDetail(Runnable showDetail) {
        this.showDetail = showDetail;
    }

    /** Detaches the view from the model (the window is being replaced). */
    public void dispose() {
        model.plans().removeListener(plansListener);
        model.shownProperty().removeListener(shownListener);
    }

    @FXML
    private void onCreate() {
        LocalDate date = analysisDate.get();
        new PlanDialog(messages, date != null ? date : LocalDate.now()).ask(planView.getScene().getWindow())
                .ifPresent(c -> TaskProgressDialog.show(model.create(c.start(), c.months(), c.tiers(), c.margin()),
                        messages.get("plan.creating"), m -> m, planView.getScene().getWindow()));
    }

    @FXML
    private void onDelete() {
        SalesPlan p = planChoice.getValue();
        if (p == null) {
            return;
        }
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("plan.deleteConfirm", p.start().toString()),
                ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(planView.getScene().getWindow());
        confirm.setHeaderText(null);
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.delete(p));
    }

    private void fillChoice() {
        filling = true;
        try {
            planChoice.getItems().setAll(model.plans());
            PlanModel.Shown s = model.shownProperty().get();
            planChoice.setValue(s == null ? null : model.plans().stream()
                    .filter(p -> p.id() == s.plan().id()).findFirst().orElse(null));
        } finally {
            filling = false;
        }
    }

    private void render(PlanModel.Shown s) {
        fillChoice();
        if (s == null) {
            summary.setText(messages.get(model.plans().isEmpty() ? "plan.none" : "plan.choosePrompt"));
            tierTable.getItems().clear();
            return;
        }
        SalesPlan p = s.plan();
        String changes = p.changed() < 0 ? messages.get("plan.firstPlan")
                : messages.format("plan.changes", formats.count(p.changed()), formats.count(p.carried()),
                        formats.percent(p.carried() == 0 ? 0 : (double) p.changed() / p.carried()),
                        formats.percent(p.margin()));
        summary.setText(messages.format("plan.summary", p.start().toString(), p.end().minusDays(1).toString(),
                formats.count(p.customers()), s.progress().asOf().minusDays(1).toString()) + "  " + changes);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < p.tiers().size(); i++) {
            rows.add(new Row(p.start(), p.tiers().get(i), s.progress().tiers().get(i)));
        }
        tierTable.getItems().setAll(rows);
    }

    private TableColumn<Row, String> column(String key, Function<Row, String> text) {
        TableColumn<Row, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }

    private GroupDrag.Payload payload(Row r, boolean notBought) {
        CustomerGroup g = new CustomerGroup.PlanTier(r.start(), r.tier().number(), notBought);
        long count = notBought ? r.progress().notBought().size() : r.progress().customers();
        CustomerFilter f = CustomerFilter.of(List.of(g));
        return new GroupDrag.Payload(f, messages.format(notBought ? "plan.group.notBought" : "plan.group",
                r.start().toString(), r.tier().number()), count);
    }

    private void sendToDetail(Row r, boolean notBought) {
        crossFilter.apply(ViewId.DETAIL, payload(r, notBought).filter());
        showDetail.run();
    }

    /** A tier's row: drags the tier's customers who have not bought yet; its menu sends them or the tier to detail. */
    private final class TierRow extends TableRow<Row> {
        TierRow() {
            GroupDrag.source(this, () -> getItem() == null ? null : payload(getItem(), true), messages, formats);
            MenuItem waiting = new MenuItem(messages.get("plan.showNotBought"));
            waiting.setOnAction(e -> sendToDetail(getItem(), true));
            MenuItem all = new MenuItem(messages.get("plan.showTier"));
            all.setOnAction(e -> sendToDetail(getItem(), false));
            ContextMenu menu = new ContextMenu(waiting, all);
            emptyProperty().addListener((o, was, empty) -> setContextMenu(empty ? null : menu));
        }
    }

    private final class PlanCell extends ListCell<SalesPlan> {
        @Override
        protected void updateItem(SalesPlan p, boolean empty) {
            super.updateItem(p, empty);
            setText(empty || p == null ? null : messages.format("plan.choice", p.start().toString(), p.months(),
                    p.tiers().size()));
        }
    }
}
