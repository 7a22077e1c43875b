package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerGroup;
import fangrid.domain.DataKind;
import fangrid.domain.GridMode;
import fangrid.ui.crossfilter.ViewId;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import fangrid.domain.Activity;
import fangrid.domain.ScoringMode;
import fangrid.store.ImportRecord;
import fangrid.ui.charts.FirstCategoryPane;
import fangrid.ui.common.Alerts;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/** The main window: menus, sidebar, the headline, the R × F grid and the matrix, rendered from {@link MainModel}. */
public final class MainController {
    private final MainModel model;
    private final Messages messages;
    private final Formats formats;
    private final ChartStyler styler;
    private final LanguageSwitch languageSwitch;

    @FXML private Menu recentMenu;
    @FXML private MenuItem importItem;
    @FXML private MenuItem undoImportItem;
    @FXML private RadioMenuItem languageJapanese;
    @FXML private RadioMenuItem languageEnglish;
    @FXML private Label projectName;
    @FXML private Label asOf;
    @FXML private Label customers;
    @FXML private Label scoring;
    @FXML private ListView<ImportRecord> importList;
    @FXML private StackPane headlineHolder;
    @FXML private VBox gridCard;
    @FXML private StackPane gridHolder;
    @FXML private StackPane gridChipHolder;
    @FXML private VBox matrixCard;
    @FXML private StackPane matrixHolder;
    @FXML private StackPane matrixChipHolder;
    @FXML private TabPane viewTabs;
    @FXML private Tab detailTab;
    @FXML private StackPane detailHolder;
    @FXML private Tab chartsTab;
    @FXML private StackPane chartsHolder;
    @FXML private ListView<CustomerGroup> segmentList;
    @FXML private DatePicker asOfPicker;
    @FXML private ComboBox<Integer> windowChoice;
    @FXML private ComboBox<GridMode> gridModeChoice;
    @FXML private Spinner<Integer> r1Spinner;
    @FXML private Spinner<Integer> r2Spinner;
    @FXML private Label asOfLabel;
    @FXML private Label windowLabel;
    @FXML private Label gridModeLabel;
    @FXML private Label r1Label;
    @FXML private Label r2Label;
    @FXML private FlowPane activityLegend;
    @FXML private Label emptyNotice;
    @FXML private StatusBar statusBar;

    private final ChangeListener<Boolean> busyListener = (o, was, busy) -> onBusyChanged(busy);
    private final ChangeListener<Analysis> analysisListener = (o, old, a) -> render(a);
    private final ChangeListener<Throwable> errorListener = (o, old, e) -> onError(e);
    private final ListChangeListener<Path> recentListener = c -> fillRecentMenu();
    private final ChangeListener<String> statusListener = (o, old, text) -> statusBar.setText(text);

    private FirstCategoryPane headline;
    private LinkedViews views;
    private SettingsBar settingsBar;

    /** Changes the UI language; the app rebuilds the window. */
    @FunctionalInterface
    public interface LanguageSwitch {
        void switchTo(String language);
    }

    public MainController(MainModel model, Messages messages, ChartStyler styler, LanguageSwitch languageSwitch) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.styler = styler;
        this.languageSwitch = languageSwitch;
    }

    @FXML
    private void initialize() {
        headline = new FirstCategoryPane(messages);
        headlineHolder.getChildren().add(headline);
        views = new LinkedViews(model, messages, styler, new LinkedViews.Slots(gridCard, gridHolder, gridChipHolder,
                matrixCard, matrixHolder, matrixChipHolder, viewTabs, detailTab, detailHolder, chartsTab, chartsHolder,
                segmentList));
        settingsBar = new SettingsBar(model, messages, asOfPicker, windowChoice, gridModeChoice, r1Spinner, r2Spinner,
                asOfLabel, windowLabel, gridModeLabel, r1Label, r2Label);

        ToggleGroup languages = new ToggleGroup();
        languageJapanese.setToggleGroup(languages);
        languageEnglish.setToggleGroup(languages);
        ("ja".equals(messages.locale().getLanguage()) ? languageJapanese : languageEnglish).setSelected(true);

        importList.setItems(model.imports());
        importList.setCellFactory(list -> new ImportCell());
        importList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                onUndoImport();
            }
        });
        importItem.disableProperty().bind(model.projectFileProperty().isNull().or(model.busyProperty()));
        undoImportItem.disableProperty().bind(importList.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        importList.setPlaceholder(new Label(messages.get("sidebar.noImports")));

        statusBar.setText(messages.get("status.ready"));
        statusBar.progressProperty().bind(javafx.beans.binding.Bindings.when(model.busyProperty())
                .then(-1.0).otherwise(0.0));
        model.busyProperty().addListener(busyListener);
        model.analysisProperty().addListener(analysisListener);
        model.errorProperty().addListener(errorListener);
        model.recentProjects().addListener(recentListener);
        model.statusProperty().addListener(statusListener);
        fillRecentMenu();
        render(model.analysisProperty().get());
    }

    /** Detaches this window from the model (the window is being replaced, e.g. on a language switch). */
    public void dispose() {
        model.busyProperty().removeListener(busyListener);
        model.analysisProperty().removeListener(analysisListener);
        model.errorProperty().removeListener(errorListener);
        model.recentProjects().removeListener(recentListener);
        model.statusProperty().removeListener(statusListener);
        statusBar.progressProperty().unbind();
        views.dispose();
        importList.setItems(null);
    }

    private void onBusyChanged(boolean busy) {
        statusBar.setText(messages.get(busy ? "status.working" : "status.ready"));
    }

    private void onError(Throwable e) {
        if (e != null) {
            showError(e);
            model.errorProperty().set(null);
        }
    }

    private void render(Analysis a) {
        boolean has = a != null && a.hasTransactions();
        projectName.setText(a == null ? messages.get("sidebar.noProject") : a.projectName());
        asOf.setText(has ? messages.format("sidebar.asOf", a.asOf().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(messages.locale()))) : "");
        customers.setText(a == null ? "" : messages.format("sidebar.customers", formats.count(a.firstCategory().base())));
        scoring.setText(a == null ? "" : messages.get(a.rfm().mode() == ScoringMode.RFM_PACKAGE
                ? "sidebar.scoring.lines" : "sidebar.scoring.occasions"));
        emptyNotice.setText(messages.get("empty.noTransactions"));
        emptyNotice.setVisible(a != null && !has);
        emptyNotice.setManaged(a != null && !has);
        if (a == null) {
            return;
        }
        settingsBar.show(a);
        headline.show(a.firstCategory());
        renderLegend(a.activityCustomers());
    }

    private void renderLegend(int[] perActivity) {
        activityLegend.getChildren().clear();
        for (Activity act : Activity.values()) {
            Rectangle swatch = new Rectangle(12, 12);
            swatch.getStyleClass().addAll("swatch", "activity-" + act.number());
            Label l = new Label(act.number() + ". " + messages.get(act.key()) + "  "
                    + messages.format("legend.people", formats.count(perActivity[act.number()])), swatch);
            l.setWrapText(true);
            l.getStyleClass().add("legend-item");
            activityLegend.getChildren().add(l);
        }
    }

    private void fillRecentMenu() {
        recentMenu.getItems().clear();
        for (Path p : model.recentProjects()) {
            MenuItem item = new MenuItem(p.getFileName().toString());
            item.setOnAction(e -> model.openProject(p));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private Window window() {
        return statusBar.getScene().getWindow();
    }

    private FileChooser projectChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.projects"), "*.mv.db"));
        File dir = model.home().projectsDir().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        return chooser;
    }

    @FXML
    private void onNewProject() {
        File f = projectChooser("menu.file.new").showSaveDialog(window());
        if (f != null) {
            model.newProject(f.toPath(), false);
        }
    }

    @FXML
    private void onNewSampleProject() {
        File f = projectChooser("menu.file.newSample").showSaveDialog(window());
        if (f != null) {
            model.newProject(f.toPath(), true);
        }
    }

    @FXML
    private void onOpenProject() {
        File f = projectChooser("menu.file.open").showOpenDialog(window());
        if (f != null) {
            model.openProject(f.toPath());
        }
    }

    @FXML
    private void onImport() {
        new ImportFlow(model, messages, window()).chooseAndRun(DataKind.TRANSACTIONS);
    }

    /** Asks how to import {@code file}, then imports it with progress and cancel. */
    public void showImportDialog(Path file) {
        new ImportFlow(model, messages, window()).run(file, DataKind.TRANSACTIONS);
    }

    @FXML
    private void onUndoImport() {
        ImportRecord r = importList.getSelectionModel().getSelectedItem();
        if (r == null || model.busyProperty().get()) {
            return;
        }
        if (Alerts.confirmed(window(), messages.get("menu.file.undoImport"),
                messages.format("undo.confirm", r.fileName(), formats.count(r.rowsImported())))) {
            model.undoImport(r);
        }
    }

    /** Shows the lower tab {@code name} ("detail" or "charts"). */
    public void showTab(String name) {
        viewTabs.getSelectionModel().select("charts".equals(name) ? chartsTab : detailTab);
    }

    @FXML
    private void onSendToGrid() {
        views.sendSelectionTo(ViewId.GRID);
    }

    @FXML
    private void onSendToMatrix() {
        views.sendSelectionTo(ViewId.MATRIX);
    }

    @FXML
    private void onSendToDetail() {
        views.sendSelectionTo(ViewId.DETAIL);
    }

    @FXML
    private void onSendToCharts() {
        views.sendSelectionTo(ViewId.CHARTS);
    }

    @FXML
    private void onClearFilters() {
        views.clearAll();
    }

    @FXML
    private void onQuit() {
        javafx.application.Platform.exit();
    }

    @FXML
    private void onLanguageJapanese() {
        languageSwitch.switchTo("ja");
    }

    @FXML
    private void onLanguageEnglish() {
        languageSwitch.switchTo("en");
    }

    @FXML
    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION, messages.get("about.text"));
        about.setTitle(messages.get("menu.help.about"));
        about.setHeaderText("FanGrid");
        about.initOwner(window());
        about.show();
    }

    private void showError(Throwable e) {
        String text = e.getMessage() != null ? e.getMessage() : e.toString();
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        alert.initOwner(window());
        alert.show();
    }

    /** One import in the sidebar: file name, kind and rows. */
    private final class ImportCell extends ListCell<ImportRecord> {
        @Override
        protected void updateItem(ImportRecord r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : messages.format("sidebar.import", r.fileName(),
                    messages.get("kind." + r.kind()), formats.count(r.rowsImported())));
        }
    }
}
