package fangrid.ui;

import fangrid.TestProjects;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real FanGrid window in a TestFX test: started with the app's arguments, ready once the grid shows figures. */
final class FanGridWindow {
    private final FxRobot robot = new FxRobot();
    private Application app;

    /**
     * A new project holding the sample shop in {@code dir}, with the app's data folder there set to Japanese (the
     * window tests read the Japanese labels).
     */
    static Project japaneseSampleProject(Path dir) throws Exception {
        System.setProperty("fangrid.home", dir.resolve("home").toString());
        new AppHome(dir.resolve("home")).setLanguage("ja");
        return TestProjects.sampleProject(dir);
    }

    /** Starts the app and waits (up to 30 s) until the grid shows its first figure. */
    FxRobot start(String... args) throws Exception {
        launch(FileDialogs.SYSTEM, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, this::gridShowsFigures);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    /**
     * Starts the app with {@code dialogs} answering its file dialogs and waits (up to 30 s) until the grid shows its
     * first figure; {@code args} are the app's named parameters ({@code --project=PATH}).
     */
    FxRobot start(FileDialogs dialogs, String... args) throws Exception {
        launch(dialogs, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, this::gridShowsFigures);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    /** The grid's first cell shows a figure; until the main view is in the scene there is no such cell yet. */
    private boolean gridShowsFigures() {
        return robot.lookup("#count-R1F1").tryQueryAs(Label.class).map(l -> !l.getText().isEmpty()).orElse(false);
    }

    /** Starts the app without waiting for a project (one that cannot be opened shows an error instead). */
    FxRobot launch(String... args) throws Exception {
        return launch(FileDialogs.SYSTEM, args);
    }

    private FxRobot launch(FileDialogs dialogs, String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        resetMonocleDrag();
        Map<String, String> named = new HashMap<>();
        for (String a : args) {
            int eq = a.indexOf('=');
            named.put(a.substring(2, eq), a.substring(eq + 1));
        }
        app = FxToolkit.setupApplication(() -> new FanGridApp(dialogs, named));
        return robot;
    }

    /**
     * Monocle keeps one mouse for the whole JVM; a drag an earlier test left half-done makes a later real drag and
     * drop fail to drop (a known Monocle bug). Its drag state is put back to "no drag" before each window.
     */
    private static void resetMonocleDrag() throws Exception {
        Class<?> mouse;
        try {
            mouse = Class.forName("com.sun.glass.ui.monocle.MouseInput");
        } catch (ClassNotFoundException e) {
            return; // not headless: a real window system keeps its own state
        }
        java.lang.reflect.Method getInstance = mouse.getDeclaredMethod("getInstance");
        getInstance.setAccessible(true);
        WaitForAsyncUtils.asyncFx(() -> {
            Object input = getInstance.invoke(null);
            set(mouse, input, "dragInProgress", false);
            set(mouse, input, "dragView", null);
            java.lang.reflect.Field none = Class.forName("com.sun.glass.events.MouseEvent").getField("BUTTON_NONE");
            set(mouse, input, "dragButton", none.get(null));
            java.lang.reflect.Field actions = mouse.getDeclaredField("dragActions");
            actions.setAccessible(true);
            ((java.util.BitSet) actions.get(input)).clear();
            return null;
        }).get(10, TimeUnit.SECONDS);
    }

    private static void set(Class<?> type, Object target, String field, Object value) throws ReflectiveOperationException {
        java.lang.reflect.Field f = type.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    /** The app this window runs, while it runs. */
    Application app() {
        return app;
    }

    /** Every text the open windows show: titles, and the visible labels, text nodes, fields, list items and tooltips. */
    /** The texts of {@code labels} that show cut short: the text drawn is not the label's whole text. Call on the FX thread. */
    static java.util.List<String> cutShort(java.util.Collection<? extends Labeled> labels) {
        return labels.stream()
                .filter(l -> l.lookupAll(".text").stream().map(t -> ((Text) t).getText())
                        .noneMatch(drawn -> drawn.equals(l.getText())))
                .map(Labeled::getText).toList();
    }

    static String shownText() throws Exception {
        return text(true);
    }

    /** Every text the open windows hold, shown or not (a table's spare cells, a hidden tab's labels). */
    static String heldText() throws Exception {
        return text(false);
    }

    private static String text(boolean shownOnly) throws Exception {
        return CustomerTableReader.fx(() -> {
            StringBuilder all = new StringBuilder();
            for (Window w : Window.getWindows()) {
                if (w instanceof Stage s) {
                    all.append(s.getTitle()).append('\n');
                }
                if (w.getScene() != null) {
                    collectText(w.getScene().getRoot(), shownOnly, all);
                }
            }
            return all.toString();
        });
    }

    private static void collectText(Node node, boolean shownOnly, StringBuilder all) {
        if (shownOnly && !node.isVisible()) {
            return; // e.g. a table's spare cells, which keep the text of rows no longer listed
        }
        if (node instanceof Labeled l) {
            all.append(l.getText()).append('\n');
        } else if (node instanceof Text t) {
            all.append(t.getText()).append('\n');
        } else if (node instanceof TextInputControl t) {
            all.append(t.getText()).append('\n');
        } else if (node instanceof ListView<?> list) {
            list.getItems().forEach(i -> all.append(i).append('\n'));
        }
        if (node instanceof Control c && c.getTooltip() != null) {
            all.append(c.getTooltip().getText()).append('\n');
        }
        if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip t) {
            all.append(t.getText()).append('\n'); // installed on a node that is no control (a grid cell)
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectText(child, shownOnly, all);
            }
        }
    }

    /** Closes the app (the project file is released) and lets go of any key or button a failed test held. */
    void close() throws Exception {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }
}
