package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.domain.DataKind;
import fangrid.domain.GridCell;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.project.AppHome;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu through the real window: new empty project, new project with the sample shop, open, open recent;
 * nothing of one project shows once another is open.
 */
@ExtendWith(ApplicationExtension.class)
class ProjectMenuTest {
    @TempDir
    Path dir;
    private Path sample;
    private final FanGridWindow window = new FanGridWindow();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private FxRobot robot;

    @BeforeEach
    void makeProjects() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            sample = p.file();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    @Test
    void newProjectCreatesAnEmptyProjectAndOpensItLeavingTheSampleAsItWas() throws Exception {
        robot = window.start(dialogs, "--project=" + sample);
        int sampleImports = imports(sample);
        dialogs.answers.add(dir.resolve("myshop").toFile());

        fire("新しいプロジェクト…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#projectName").equals("myshop"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("新しいプロジェクト…", dialogs.titles.get(0));
        assertTrue(Files.isRegularFile(dir.resolve("myshop.mv.db")), "a new project file");
        assertEquals(0, imports(dir.resolve("myshop.mv.db")));
        assertEquals(sampleImports, imports(sample), "the sample shop is unchanged");
        assertTrue(robot.lookup("#importList").queryListView().getItems().isEmpty());
        assertTrue(robot.lookup("#gridEmpty").query().isVisible(), "the grid says to import orders");
        for (int i = 0; i < 9; i++) {
            assertEquals("0", text("#count-" + GridCell.ofIndex(i)), "no customers in " + GridCell.ofIndex(i));
        }
        assertEquals(dir.resolve("myshop.mv.db"), new AppHome(dir.resolve("home")).recentProjects().get(0));
    }

    @Test
    void newProjectWithTheSampleShopFillsIt() throws Exception {
        robot = window.start(dialogs, "--project=" + sample);
        dialogs.answers.add(dir.resolve("demo").toFile());
        fire("サンプルショップで新しいプロジェクト…");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> text("#projectName").equals("demo")
                && robot.lookup("#importList").queryListView().getItems().size() == 4);
        assertEquals(4, imports(dir.resolve("demo.mv.db")));
    }

    @Test
    void anotherProjectShowsNothingOfTheFirst() throws Exception {
        Path other = otherProject();
        Set<String> otherIds = Set.of("X1", "X2");
        robot = window.start(dialogs, "--project=" + sample);
        robot.drag("#cell-R1F1").dropTo("#detailTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
        robot.interact(() -> robot.lookup(".status-bar").queryAs(StatusBar.class).setText("6人を書き出しました"));

        dialogs.answers.add(other.toFile());
        fire("プロジェクトを開く…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#projectName").equals("other"));
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals("1", text("#count-R1F1"));
        assertEquals("1", text("#count-R1F2"));
        assertFalse(robot.lookup(".status-bar").queryAs(StatusBar.class).getText().contains("書き出しました"),
                "the status line of the first project is gone");
        assertTrue(robot.lookup(".filter-chip").queryAll().stream().noneMatch(n -> n.isVisible()),
                "no filter of the first project");
        robot.interact(() -> { });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table().getItems().size() == otherIds.size());
        CustomerTableReader rows = new CustomerTableReader(robot);
        List<String> shown = new ArrayList<>(rows.column("customerId"));
        rows.drawnRows().forEach(r -> shown.add(r.get("customerId")));
        assertTrue(otherIds.containsAll(shown), "only the other project's customers, listed and drawn: " + shown);
    }

    @Test
    void everyTabOfAnotherProjectWithoutASurveyShowsNothingOfTheFirst() throws Exception {
        Path other = otherProject();
        Set<String> sampleIds = new HashSet<>();
        try (ProjectSession s = ProjectSession.open(sample)) {
            Analysis a = s.analysis();
            for (int i = 0; i < a.customers().size(); i++) {
                sampleIds.add(a.customerId(i));
            }
        }
        robot = window.start(dialogs, "--project=" + sample);
        robot.drag("#cell-R1F1").dropTo("#detailTabHeader");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table().getItems().isEmpty());
        TabPane tabs = robot.lookup("#viewTabs").queryAs(TabPane.class);
        visitEveryTab(tabs);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sampleIds.stream().anyMatch(FanGridWindow.shownText()::contains),
                "the sample's customers show somewhere before the switch (else the check below proves nothing)");

        dialogs.answers.add(other.toFile());
        fire("プロジェクトを開く…");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#projectName").equals("other"));
        for (Tab tab : visitEveryTab(tabs)) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            String shown = FanGridWindow.shownText();
            List<String> leaked = sampleIds.stream().filter(id -> !id.isEmpty() && shown.contains(id)).limit(5).toList();
            assertTrue(leaked.isEmpty(), "tab " + tab.getId() + " shows the first project's customers " + leaked
                    + (leaked.isEmpty() ? "" : " in: " + around(shown, leaked.get(0))));
            assertFalse(shown.contains("sample"), "tab " + tab.getId() + " names the first project");
        }
    }

    private static String around(String text, String part) {
        int at = text.indexOf(part);
        return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + 100)).replace('\n', '|');
    }

    /** Selects each of the lower tabs in turn and lets its work finish; returns the tabs. */
    private List<Tab> visitEveryTab(TabPane tabs) throws Exception {
        for (Tab tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup(".progress-indicator").queryAll().stream().noneMatch(Node::isVisible));
        }
        return List.copyOf(tabs.getTabs());
    }

    /** A project of two customers, X1 and X2, with orders only (no survey). */
    private Path otherProject() throws Exception {
        Path other = dir.resolve("other.mv.db");
        try (ProjectSession s = ProjectSession.createEmpty(other)) {
            Path orders = Files.writeString(dir.resolve("orders.csv"),
                    "顧客ID,注文番号,購入日,金額\nX1,1,2024/05/01,1000\nX2,2,2024/05/10,2000\nX2,3,2024/05/20,500\n");
            s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
        }
        return other;
    }

    @Test
    void openRecentListsTheProjectsOpenedAndOpensOne() throws Exception {
        Path other;
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("other"))) {
            other = s.file();
        }
        robot = window.start(dialogs, "--project=" + other);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#projectName").equals("other"));
        closeApp();
        robot = window.start(dialogs, "--project=" + sample);
        Menu recent = (Menu) menuItem("最近使ったプロジェクト");
        assertEquals(List.of("sample.mv.db", "other.mv.db"), recent.getItems().stream().map(MenuItem::getText).toList());
        robot.interact(() -> recent.getItems().get(1).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text("#projectName").equals("other"));
    }

    private void fire(String text) {
        MenuItem item = menuItem(text);
        robot.interact(item::fire);
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if (text.equals(i.getText())) {
                    return i;
                }
            }
        }
        throw new AssertionError("no menu item " + text);
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private TableView<?> table() {
        return robot.lookup("#customerTable").queryAs(TableView.class);
    }

    private static int imports(Path project) throws Exception {
        try (ProjectSession s = ProjectSession.open(project)) {
            return s.imports().size();
        }
    }

    /** Answers the file dialogs with the files queued, and remembers their titles. */
    private static final class ScriptedDialogs implements FileDialogs {
        final Deque<File> answers = new ArrayDeque<>();
        final List<String> titles = new ArrayList<>();

        @Override
        public File open(FileChooser chooser, Window owner) {
            titles.add(chooser.getTitle());
            return answers.poll();
        }

        @Override
        public File save(FileChooser chooser, Window owner) {
            titles.add(chooser.getTitle());
            return answers.poll();
        }
    }
}
