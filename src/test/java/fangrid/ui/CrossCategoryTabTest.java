package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.project.AppHome;
import fangrid.project.CrossCategoryShop;
import fangrid.project.ProjectSession;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The cross-category tab in the real window on {@link CrossCategoryShop}: the hand-counted cells, a cell dropped on
 * the grid filtering it to those people, and the empty state of a project without categories. Categories by lines:
 * 0 Coffee, 1 Tea, then CAKE, Gifts, LONG, 和菓子 (one line each, by name), 6 uncategorised.
 */
@ExtendWith(ApplicationExtension.class)
class CrossCategoryTabTest {
    @TempDir
    static Path dir;
    private static Path shop;
    private static Path plain;
    private final FanGridWindow window = new FanGridWindow();
    private FxRobot robot;

    @BeforeAll
    static void makeProjects() throws Exception {
        System.setProperty("fangrid.home", dir.resolve("home").toString());
        new AppHome(dir.resolve("home")).setLanguage("ja");
        Path shopDir = Files.createDirectories(dir.resolve("shop"));
        try (ProjectSession s = CrossCategoryShop.open(shopDir)) {
            shop = s.file();
        }
        Path plainDir = Files.createDirectories(dir.resolve("plain"));
        Path orders = Files.writeString(plainDir.resolve("orders.csv"),
                "order,customer,date,amount\no1,A,2024-06-01,100\no2,B,2024-05-01,50\n", StandardCharsets.UTF_8);
        try (ProjectSession s = ProjectSession.createEmpty(plainDir.resolve("plain.mv.db"))) {
            s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            plain = s.file();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    private String text(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** A cell's count, read on the FX thread (the matrix is rebuilt there when a computation ends); null if absent. */
    private String count(String cell) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#" + cell + " .cross-count").tryQueryAs(Label.class)
                .map(Label::getText).orElse(null)).get(10, TimeUnit.SECONDS);
    }

    private boolean showsCount(String cell, String expected) {
        try {
            return expected.equals(count(cell));
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void theCellsAreTheHandCountedOnesAndAnActiveLapsedCellDroppedOnTheGridShowsThosePeople() throws Exception {
        robot = window.start("--project=" + shop);
        robot.clickOn("カテゴリー横断");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> showsCount("cross-cell-3-3", "·")
                && !robot.lookup("#crossNote").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("3", count("cross-cell-1-0"), "Tea and Coffee: A, B, C");
        assertEquals("5", count("cross-cell-1-1"), "Tea's buyers");
        assertEquals("·", count("cross-cell-0-5"), "Coffee and 和菓子: nobody");
        assertEquals("·", count("cross-cell-3-3"), "Gifts: lines, but no customer at the analysis date");
        robot.drag("#cross-cell-1-0").dropTo("#gridHolder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2".equals(text("#count-R1F2")));
        assertEquals("1", text("#count-R1F3"), "C bought three times");
        assertEquals("0", text("#count-R1F1"));
        assertTrue(text("#chip-grid-text").contains("Tea と Coffee の両方で購入"), text("#chip-grid-text"));

        robot.clickOn("行で現役・列で離脱");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text("#crossNote").contains("90 日以内"));
        assertEquals("1", count("cross-cell-1-0"), "active in Tea, lapsed in Coffee: A");
        assertEquals("1", count("cross-cell-0-1"), "active in Coffee, lapsed in Tea: B");
        assertEquals("1", count("cross-cell-6-1"), "active uncategorised, lapsed in Tea: F");
        assertEquals("·", count("cross-cell-2-0"), "C is R2 in Coffee, neither active nor lapsed");
        robot.drag("#cross-cell-1-0").dropTo("#gridHolder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "1".equals(text("#count-R1F2"))
                && "0".equals(text("#count-R1F3")));
        assertTrue(text("#chip-grid-text").contains("Tea で現役・Coffee で離脱"), text("#chip-grid-text"));
    }

    @Test
    void aProjectWithoutCategoriesSaysWhatToImport() throws Exception {
        robot = window.start("--project=" + plain);
        robot.clickOn("カテゴリー横断");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#crossEmpty").tryQuery()
                .map(Node::isVisible).orElse(false));
        assertTrue(text("#crossEmpty-message").contains("商品マスタ"), text("#crossEmpty-message"));
        assertEquals("商品マスタを取り込む…", robot.lookup("#crossEmpty-action").queryButton().getText());
    }
}
