package fangrid.ui.main;

import fangrid.ui.common.CategoryLabels;
import fangrid.analysis.Analysis;
import fangrid.domain.CustomerNames;
import fangrid.analysis.HeadlineComparison;
import fangrid.analysis.TrendPoint;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import fangrid.domain.DataKind;
import fangrid.ui.charts.FirstCategoryPane;
import fangrid.ui.common.Alerts;
import fangrid.ui.common.ErrorMessages;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Formats;
import fangrid.ui.common.Messages;
import fangrid.ui.common.PasswordDialog;
import fangrid.ui.crossfilter.ViewId;
import fangrid.ui.theme.ChartStyler;
import fangrid.ui.common.ViewLoader;
import fangrid.ui.common.Zoom;
import fangrid.ui.matrix.FavorabilityMatrixPane;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;

/**
 * The main window: its menus, the headline, the matrix card, the lower tabs and the status bar; the sidebar and the
 * grid's card have controllers of their own ({@link SidebarController}, {@link GridCardController}).
 */
public final class MainController {
    private final MainModel model;
    private final Messages messages;
    private final ChartStyler styler;
    private final FileDialogs dialogs;
    private final LanguageSwitch languageSwitch;
    private final Zoom zoom;
    private final ViewLoader loader;

    @FXML private SidebarController sidebarController;
    @FXML private GridCardController gridCardController;
    @FXML private Menu recentMenu;
    @FXML private MenuItem importItem;
    @FXML private MenuItem undoImportItem;
    @FXML private MenuItem reportItem;
    @FXML private CheckMenuItem demoItem;
    @FXML private MenuItem encryptItem;
    @FXML private MenuItem removePasswordItem;
    @FXML private RadioMenuItem languageJapanese;
    @FXML private RadioMenuItem languageEnglish;
    @FXML private StackPane headlineHolder;
    @FXML private VBox matrixCard;
    @FXML private StackPane matrixHolder;
    @FXML private StackPane matrixChipHolder;
    @FXML private TabPane viewTabs;
    @FXML private Tab detailTab;
    @FXML private Tab chartsTab;
    @FXML private Tab planTab;
    @FXML private Tab targetTab;
    @FXML private Tab cpmTab;
    @FXML private Tab migrationTab;
    @FXML private Tab predictionTab;
    @FXML private Tab crossTab;
    @FXML private Tab categoriesTab;
    @FXML private Label matrixTitle;
    @FXML private StatusBar statusBar;
    @FXML private BorderPane window;
    @FXML private ScrollPane gridScroll;
    @FXML private ScrollPane matrixScroll;
    @FXML private MenuItem zoomInItem;
    @FXML private MenuItem zoomOutItem;
    @FXML private MenuItem zoomResetItem;

    private final ChangeListener<Boolean> busyListener = (o, was, busy) -> onBusyChanged(busy);
    private final ChangeListener<Analysis> analysisListener = (o, old, a) -> render(a);
    private final ChangeListener<Throwable> errorListener = (o, old, e) -> onError(e);
    private final ListChangeListener<Path> recentListener = c -> fillRecentMenu();
    private final ChangeListener<String> statusListener = (o, old, text) -> statusBar.setText(text);
    private final ListChangeListener<TrendPoint> trendListener = c -> compare();
    private final ChangeListener<OptionalDouble> targetListener = (o, old, t) -> compare();

    private final ChangeListener<MainModel.PasswordRequest> passwordListener = (o, old, r) -> onPasswordRequest(r);

    private FirstCategoryPane headline;
    private LinkedViews views;
    private LowerTabs tabs;
    private ProjectChooser projects;
    private PresentationMode presentation;

    /** Changes the UI language; the app rebuilds the window. */
    @FunctionalInterface
    public interface LanguageSwitch {
        void switchTo(String language);
    }

    /** {@code loader} loads the lower tabs' views, each when its tab is first shown. */
    public MainController(MainModel model, Messages messages, ChartStyler styler, FileDialogs dialogs,
                          LanguageSwitch languageSwitch, Zoom zoom, ViewLoader loader) {
        this.model = model;
        this.messages = messages;
        this.styler = styler;
        this.dialogs = dialogs;
        this.languageSwitch = languageSwitch;
        this.zoom = zoom;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        projects = new ProjectChooser(model, messages, dialogs);
        headline = new FirstCategoryPane(messages);
        headlineHolder.getChildren().add(headline);
        Consumer<DataKind> importer = kind -> new ImportFlow(model, messages, dialogs, window()).chooseAndRun(kind);
        views = new LinkedViews(model, messages, styler, dialogs, new LinkedViews.Slots(gridCardController.card(),
                gridCardController.holder(), gridCardController.chipHolder(), matrixCard, matrixHolder,
                matrixChipHolder, viewTabs, detailTab, chartsTab, cpmTab, sidebarController.segmentList()), importer);
        tabs = new LowerTabs(new LowerTabs.Tabs(viewTabs, detailTab, chartsTab, migrationTab, planTab, cpmTab,
                predictionTab, targetTab, categoriesTab, crossTab), model, views, loader, importer);
        viewTabs.getSelectionModel().selectedItemProperty().addListener(
                (o, old, tab) -> model.crossCategory().setShown(tab == crossTab));
        model.crossCategory().setShown(viewTabs.getSelectionModel().getSelectedItem() == crossTab);

        ToggleGroup languages = new ToggleGroup();
        languageJapanese.setToggleGroup(languages);
        languageEnglish.setToggleGroup(languages);
        ("ja".equals(messages.locale().getLanguage()) ? languageJapanese : languageEnglish).setSelected(true);

        importItem.disableProperty().bind(model.projectFileProperty().isNull().or(model.busyProperty()));
        undoImportItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> sidebarController.noImportSelected().get() || model.busyProperty().get(),
                sidebarController.noImportSelected(), model.busyProperty()));

        reportItem.disableProperty().bind(model.analysisProperty().isNull().or(model.busyProperty()));
        demoItem.selectedProperty().bindBidirectional(model.demoModeProperty());
        model.detail().namesProperty().bind(Bindings.createObjectBinding(
                () -> CustomerNames.of(model.demoModeProperty().get(), messages.locale()), model.demoModeProperty()));
        model.targets().namesProperty().bind(model.detail().namesProperty());
        Label demoBadge = new Label(messages.get("demo.badge"));
        demoBadge.setId("demoBadge");
        demoBadge.getStyleClass().add("demo-badge");
        demoBadge.visibleProperty().bind(model.demoModeProperty());
        demoBadge.managedProperty().bind(demoBadge.visibleProperty());
        statusBar.getRightItems().add(demoBadge);
        encryptItem.disableProperty().bind(model.projectFileProperty().isNull().or(model.busyProperty())
                .or(model.encryptedProperty()).or(model.readOnlyProperty()));
        removePasswordItem.disableProperty().bind(model.projectFileProperty().isNull().or(model.busyProperty())
                .or(model.encryptedProperty().not()).or(model.readOnlyProperty()));
        model.passwordRequestProperty().addListener(passwordListener);

        onBusyChanged(model.busyProperty().get());
        statusBar.progressProperty().bind(Bindings.when(model.busyProperty())
                .then(-1.0).otherwise(0.0));
        model.busyProperty().addListener(busyListener);
        model.analysisProperty().addListener(analysisListener);
        model.errorProperty().addListener(errorListener);
        model.recentProjects().addListener(recentListener);
        model.statusProperty().addListener(statusListener);
        model.trend().addListener(trendListener);
        model.headlineTarget().targetProperty().addListener(targetListener);
        headline.setOnSetTarget(this::askTarget);
        fillRecentMenu();
        render(model.analysisProperty().get());
        presentation = new PresentationMode(window, this::slides, messages);
        keepGridWhole();
        presentation.activeProperty().addListener((o, was, on) -> matrixHolder.getChildren().stream()
                .filter(FavorabilityMatrixPane.class::isInstance)
                .forEach(m -> ((FavorabilityMatrixPane) m).fillSpace(on)));
        zoomInItem.disableProperty().bind(zoom.percentProperty().isEqualTo(Zoom.STEPS.get(Zoom.STEPS.size() - 1)));
        zoomOutItem.disableProperty().bind(zoom.percentProperty().isEqualTo(Zoom.STEPS.get(0)));
        zoomResetItem.disableProperty().bind(zoom.percentProperty().isEqualTo(Zoom.NORMAL));
    }

    /**
     * The grid and the matrix share their row by a divider; the divider leaves the grid the width its cells' figures
     * need (at 125 % on a 1366 px screen it cut the third column off), the matrix, whose headers can shorten, gives
     * way. A window too small for both still scrolls the grid.
     */
    private void keepGridWhole() {
        VBox card = gridCardController.card();
        gridScroll.minWidthProperty().bind(Bindings.createDoubleBinding(
                () -> Math.ceil(card.minWidth(-1)) + gridScroll.snappedLeftInset() + gridScroll.snappedRightInset(),
                card.layoutBoundsProperty(), zoom.percentProperty()));
    }

    /** The views as presentation slides: the headline, the grid, the matrix and every lower tab, in this order. */
    private List<Slide> slides() {
        List<Slide> slides = new ArrayList<>();
        slides.add(Slide.inHolder(messages.get("headline.title"), headlineHolder));
        slides.add(Slide.inScroll(messages.get("grid.title"), gridScroll));
        slides.add(Slide.inScroll(messages.get("matrix.title"), matrixScroll));
        viewTabs.getTabs().forEach(t -> slides.add(Slide.of(t, () -> tabs.build(t))));
        return slides;
    }

    /** Presents the views, from slide {@code first} (1 = the headline). */
    public void present(int first) {
        presentation.enter(first - 1);
    }

    /** Detaches this window from the model (the window is being replaced, e.g. on a language switch). */
    public void dispose() {
        presentation.leave();
        model.busyProperty().removeListener(busyListener);
        model.analysisProperty().removeListener(analysisListener);
        model.errorProperty().removeListener(errorListener);
        model.recentProjects().removeListener(recentListener);
        model.statusProperty().removeListener(statusListener);
        model.passwordRequestProperty().removeListener(passwordListener);
        model.trend().removeListener(trendListener);
        model.headlineTarget().targetProperty().removeListener(targetListener);
        statusBar.progressProperty().unbind();
        demoItem.selectedProperty().unbindBidirectional(model.demoModeProperty());
        model.detail().namesProperty().unbind();
        views.dispose();
        tabs.dispose();
        sidebarController.dispose();
        gridCardController.dispose();
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
        if (a != null) {
            matrixTitle.setText(CategoryLabels.named(messages, a, messages.get("matrix.title")));
            headline.show(a.firstCategory());
            compare();
        }
    }

    /** Sets the headline against the month before and the target. */
    private void compare() {
        Analysis a = model.analysisProperty().get();
        if (a != null) {
            headline.compare(HeadlineComparison.of(a.firstCategory(), a.asOf(), model.trend(),
                    model.headlineTarget().targetProperty().get()));
        }
    }

    /** Asks for the first-category target in percent; an empty answer removes it. */
    private void askTarget() {
        OptionalDouble now = model.headlineTarget().targetProperty().get();
        new TargetDialog(messages, window(), now).ask().ifPresent(model.headlineTarget()::set);
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

    @FXML
    private void onNewProject() {
        projects.newProject(window(), false);
    }

    @FXML
    private void onNewSampleProject() {
        projects.newProject(window(), true);
    }

    @FXML
    private void onOpenProject() {
        projects.open(window());
    }

    /** Asks for the password of the encrypted project that was to be opened, then opens it with it. */
    private void onPasswordRequest(MainModel.PasswordRequest r) {
        if (r == null) {
            return;
        }
        model.passwordRequestProperty().set(null);
        String name = r.file().getFileName().toString();
        PasswordDialog.ask(window(), messages, messages.get("encryption.open.title"),
                        messages.format("encryption.open.text", name),
                        r.wrong() ? messages.get("encryption.wrong") : null)
                .ifPresent(password -> model.openProject(r.file(), password));
    }

    @FXML
    private void onEncryptProject() {
        String name = model.projectFileProperty().get().getFileName().toString();
        PasswordDialog.askNew(window(), messages, messages.get("encryption.encrypt.title"),
                messages.format("encryption.encrypt.text", name))
                .ifPresent(password -> model.changeEncryption(null, password));
    }

    @FXML
    private void onRemovePassword() {
        String name = model.projectFileProperty().get().getFileName().toString();
        PasswordDialog.ask(window(), messages, messages.get("encryption.remove.title"),
                        messages.format("encryption.remove.text", name), null)
                .ifPresent(password -> model.changeEncryption(password, null));
    }

    @FXML
    private void onImport() {
        new ImportFlow(model, messages, dialogs, window()).chooseAndRun(DataKind.TRANSACTIONS);
    }

    @FXML
    private void onReport() {
        new ReportFlow(model, messages, dialogs).chooseAndWrite(window());
    }

    @FXML
    private void onUndoImport() {
        sidebarController.undoSelectedImport();
    }

    /**
     * Shows the lower tab {@code name} ("detail", "charts", "plan", "cpm", "migration", "prediction", "target",
     * "cross" or "categories").
     */
    public void showTab(String name) {
        tabs.show(name);
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
    private void onSendToCpm() {
        views.sendSelectionTo(ViewId.CPM);
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
    private void onZoomIn() {
        zoom.zoomIn();
    }

    @FXML
    private void onZoomOut() {
        zoom.zoomOut();
    }

    @FXML
    private void onZoomReset() {
        zoom.reset();
    }

    @FXML
    private void onPresent() {
        presentation.enter(0);
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
        Alert alert = new Alert(Alert.AlertType.ERROR, ErrorMessages.describe(e, messages));
        alert.setTitle(messages.get("error.title"));
        alert.setHeaderText(messages.get("error.header"));
        alert.initOwner(window());
        alert.show();
    }
}
