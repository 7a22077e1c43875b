package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ImportRecord;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Import File… through the real window on a new empty project, with a windows-31j cart export: the file
 * chooser, the mapping dialog, the import and its report; Cancel in the dialog changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFromMenuTest {
    private static final String ORDERS = "会員番号,受注日,合計金額\r\n山田①,2024/05/01,\"1,200\"\r\n佐藤,2024/05/10,800\r\n";

    @TempDir
    Path dir;
    private Path project;
    private Path orders;
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @BeforeEach
    void makeProject() throws Exception {
        FanGridWindow.japaneseSampleProject(dir).close();
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            project = s.file();
        }
        orders = Files.write(dir.resolve("注文.csv"), ORDERS.getBytes(Charset.forName("windows-31j")));
        FileDialogs answer = new FileDialogs() {
            @Override
            public File open(FileChooser chooser, Window owner) {
                return orders.toFile();
            }

            @Override
            public File save(FileChooser chooser, Window owner) {
                return null;
            }
        };
        robot = window.start(answer, "--project=" + project);
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    private void importFromMenu() {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "ファイルを取り込む…".equals(i.getText())).findFirst().orElseThrow();
        // fire() opens the import dialog, which waits for the user: not from the robot's interact, which would wait too
        Platform.runLater(item::fire);
    }

    @Test
    void aWindows31jExportIsMappedImportedAndReported() throws Exception {
        importFromMenu();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("取り込む").tryQuery().isPresent()
                && robot.lookup("#map-customer_id").tryQuery().isPresent());
        robot.clickOn("取り込む");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#importList").queryListView().getItems().size() == 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("OK").tryQuery().isPresent());
        robot.clickOn("OK");
        // both bought once within 10 days of the analysis date (2024-05-11): R1F1
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2".equals(text("#count-R1F1")));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0", text("#count-R1F2"));
        assertEquals("基準日: 2024/05/11", text("#asOf"));
        window.close();
        try (Project p = Project.open(project)) {
            List<ImportRecord> log = p.imports().all();
            assertEquals(1, log.size());
            assertEquals("注文.csv", log.get(0).fileName());
            assertEquals(2, log.get(0).rowsImported());
        }
    }

    @Test
    void cancelInTheImportDialogChangesNothing() throws Exception {
        importFromMenu();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#map-customer_id").tryQuery().isPresent());
        robot.clickOn("キャンセル");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#importList").queryListView().getItems().isEmpty());
        window.close();
        try (Project p = Project.open(project)) {
            assertTrue(p.imports().all().isEmpty(), "nothing imported");
            assertEquals(0, p.customerCount());
        }
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
