package fangrid.ui;

import fangrid.ui.common.CategoryLabels;
import fangrid.project.AppHome;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Messages;
import fangrid.ui.common.Screenshot;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.common.ViewLoader;
import fangrid.ui.common.WindowMemory;
import fangrid.ui.common.WindowPlacement;
import fangrid.ui.categories.CategoriesController;
import fangrid.ui.main.CpmCardController;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Zoom;
import fangrid.ui.main.GridCardController;
import fangrid.ui.main.MainController;
import fangrid.ui.main.MainModel;
import fangrid.ui.main.SidebarController;
import fangrid.ui.migration.MigrationController;
import fangrid.ui.crosscategory.CrossCategoryController;
import fangrid.ui.main.StartupView;
import fangrid.ui.plan.PlanController;
import fangrid.ui.predict.PredictionController;
import fangrid.ui.target.TargetController;
import fangrid.ui.theme.ChartStyler;
import fangrid.ui.theme.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app and its composition root: it builds the services, the model and the window.
 * Parameters: {@code --project=PATH} opens that project; {@code --grid=}, {@code --matrix=}, {@code --detail=},
 * {@code --charts=FILTER} filter a view (e.g. {@code --detail=R1F1+R1F2}) and
 * {@code --tab=detail|charts|plan|cpm|migration|prediction|target|categories} picks the lower tab; {@code --zoom=PERCENT} zooms
 * the window without remembering it, {@code --present=N} starts presenting at slide N (1 = the headline) once the
 * views are shown; {@code --screenshot=FILE.png} saves the window once all of it is shown, then quits (used for the
 * README's pictures); {@code --demo} turns demo mode on. The window opens where it was last closed on a screen of the
 * same size, else at 1280 × 800
 * (system properties {@code fangrid.window.width} and {@code fangrid.window.height} ask for another size, and then
 * nothing remembered is used); always within the screen's visible bounds ({@link WindowPlacement}).
 */
public final class FanGridApp extends Application {
    private final FileDialogs dialogs;
    private final Map<String, String> parameters;
    private AppHome home;
    private TaskRunner runner;
    private MainModel model;
    private MainController controller;
    private Stage stage;
    private WindowMemory windowMemory;
    private Zoom zoom;

    /** The app with the system's file dialogs (how JavaFX starts it). */
    public FanGridApp() {
        this(FileDialogs.SYSTEM, null);
    }

    /**
     * The app with {@code dialogs} answering its file dialogs and {@code parameters} in place of the command line's
     * named parameters (tests, which make the app themselves).
     */
    public FanGridApp(FileDialogs dialogs, Map<String, String> parameters) {
        this.dialogs = dialogs;
        this.parameters = parameters;
    }

    @Override
    public void init() {
        Theme.loadFonts();
        StartupClock.mark("fonts");
    }

    @Override
    public void start(Stage primaryStage) throws IOException {
        this.stage = primaryStage;
        home = AppHome.forCurrentUser();
        runner = TaskRunner.singleWorker();
        model = new MainModel(home, runner, TaskRunner.singleWorker("fangrid-views"));
        Map<String, String> params = parameters != null ? parameters : getParameters().getNamed();
        if (params.containsKey("demo") || parameters == null && getParameters().getRaw().contains("--demo")) {
            model.demoModeProperty().set(true);
        }
        // The project opens on the worker while this thread builds the window: its result is shown once start() has
        // returned, by which time every listener below is in place.
        model.openAtStart(params.containsKey("project") ? Path.of(params.get("project")) : null);
        zoom = new Zoom(params.containsKey("zoom") ? Integer.parseInt(params.get("zoom")) : home.zoom(),
                this::rememberZoom);
        StartupView startup = new StartupView(model, params);
        // --tab=prediction fits the model once the project is shown; a screenshot waits for the fit
        boolean predict = "prediction".equals(params.get("tab"));
        if (params.containsKey("screenshot")) {
            // --tab=categories computes the categories side by side once shown; a screenshot waits for the rows
            javafx.beans.value.ObservableValue<?> ready = predict ? model.prediction().resultProperty()
                    : "categories".equals(params.get("tab")) ? model.sideBySide().rowsProperty()
                    : startup.readyProperty();
            Screenshot.whenShown(stage::getScene, ready, model.errorProperty(), Path.of(params.get("screenshot")));
        }
        if (predict) {
            startup.readyProperty().addListener((o, old, ready) -> {
                if (ready != null) {
                    model.prediction().run();
                }
            });
        }
        showWindow();
        if (params.containsKey("tab")) {
            controller.showTab(params.get("tab"));
        }
        if (params.containsKey("present")) {
            startup.readyProperty().addListener((o, old, a) -> controller.present(Integer.parseInt(params.get("present"))));
        }
        // A project remembers its language: opening one in another language switches the window to it.
        model.projectLanguageProperty().addListener((o, old, lang) -> {
            if (!lang.isEmpty() && !lang.equals(locale().getLanguage())) {
                switchLanguage(lang);
            }
        });
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Path p = model.projectFileProperty().get();
            var a = model.analysisProperty().get();
            String category = a == null ? null : a.settings().category();
            if (p == null || category == null) {
                return p == null ? "FanGrid" : "FanGrid — " + p.getFileName();
            }
            Messages messages = new Messages(locale());
            return "FanGrid — " + messages.format("category.title", p.getFileName(),
                    CategoryLabels.label(messages, category));
        }, model.projectFileProperty(), model.analysisProperty()));
        stage.getIcons().setAll(Theme.icons());
        placeWindow();
        StartupClock.whenSet(model.analysisProperty(), "analysis");
        StartupClock.whenGridShown(model.crossFilter(), stage::getScene);
        stage.show();
        StartupClock.mark("window");
    }

    /** Opens the window where it was last (fitted to today's screens), or at the size asked for. */
    private void placeWindow() {
        Integer width = Integer.getInteger("fangrid.window.width");
        Integer height = Integer.getInteger("fangrid.window.height");
        boolean asked = width != null || height != null;
        windowMemory = new WindowMemory(stage, asked ? name -> "" : home::windowSetting, this::rememberWindow,
                width != null ? width : 1280, height != null ? height : 800, 1024, 640);
    }

    private void rememberZoom(int percent) {
        try {
            home.setZoom(percent);
        } catch (IOException e) {
            model.errorProperty().set(e);
        }
    }

    private void rememberWindow(Map<String, String> settings) {
        try {
            home.rememberWindow(settings);
        } catch (IOException e) {
            // Only the window's place is lost; the app is ending, so there is nobody left to tell.
        }
    }

    /** Builds the window's scene in the chosen language; called again when the language changes. */
    private void showWindow() {
        if (controller != null) {
            controller.dispose();
        }
        Messages messages = new Messages(locale());
        ChartStyler styler = new ChartStyler();
        FxmlViews views = new FxmlViews(messages.bundle(), (type, loader) -> controller(type, messages, styler, loader));
        ViewLoader.Loaded<MainController> main = views.load(MainController.class.getResource("MainView.fxml"),
                MainController.class);
        Parent root = main.root();
        controller = main.controller();
        // The first scene takes the window's size (placeWindow); a rebuilt one keeps the size the window has.
        Scene scene = stage.getScene() == null ? new Scene(root)
                : new Scene(root, stage.getScene().getWidth(), stage.getScene().getHeight());
        Theme.apply(scene);
        zoom.attach(scene);
        stage.setScene(scene);
    }

    /**
     * The controller of {@code type}, of the window in {@code messages}' language (the composition root's controller
     * factory: it refuses controllers it does not know); {@code views} loads the views the window builds later.
     */
    private Object controller(Class<?> type, Messages messages, ChartStyler styler, ViewLoader views) {
        if (type == MainController.class) {
            return new MainController(model, messages, styler, dialogs, this::switchLanguage, zoom, views);
        }
        if (type == SidebarController.class) {
            return new SidebarController(model, messages);
        }
        if (type == GridCardController.class) {
            return new GridCardController(model, messages);
        }
        if (type == CpmCardController.class) {
            return new CpmCardController(model, messages);
        }
        if (type == CrossCategoryController.class) {
            return new CrossCategoryController(model.crossCategory(), messages, model.saved()::name);
        }
        if (type == MigrationController.class) {
            return new MigrationController(model.migration(), messages, model.saved()::name);
        }
        if (type == PlanController.class) {
            return new PlanController(model.plans(), model.crossFilter(), messages,
                    () -> model.analysisProperty().get() == null ? null : model.analysisProperty().get().asOf());
        }
        if (type == PredictionController.class) {
            return new PredictionController(model.prediction(), messages, styler);
        }
        if (type == CategoriesController.class) {
            return new CategoriesController(model.sideBySide(), messages, styler);
        }
        if (type == TargetController.class) {
            return new TargetController(model.targets(), model.crossFilter(), messages, styler,
                    new GroupLabels(messages, model.saved()::name));
        }
        throw new IllegalArgumentException("no controller of type " + type.getName() + " in FanGrid");
    }

    private Locale locale() {
        String chosen = home.language();
        String lang = chosen.isEmpty() ? Locale.getDefault().getLanguage() : chosen;
        return "ja".equals(lang) ? Locale.JAPANESE : Locale.ENGLISH;
    }

    private void switchLanguage(String language) {
        try {
            model.setLanguage(language);
            showWindow();
        } catch (IOException e) {
            model.errorProperty().set(e);
        }
    }

    @Override
    public void stop() throws Exception {
        if (windowMemory != null) {
            windowMemory.close();
        }
        stage.titleProperty().unbind();
        if (zoom != null) {
            zoom.detach();
        }
        if (controller != null) {
            controller.dispose();
        }
        if (model != null) {
            model.closeProject().get(10, TimeUnit.SECONDS);
        }
    }
}
