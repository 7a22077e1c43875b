package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Importing a file from the Japanese window, dialog to report: the mapping's fields and the report's skipped rows
 * are worded in Japanese, not as the command line names them.
 */
@ExtendWith(ApplicationExtension.class)
class ImportFlowTest {
    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void theDialogNamesFieldsAndTheReportNamesSkippedRowsInJapanese(FxRobot robot) throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"),
                "顧客ID,購入日,数量,単価\nA,2024/1/5,1,100\n,2024/1/6,2,50\nB,2024/1/7,1,80\n", StandardCharsets.UTF_8);
        Project.create(dir.resolve("shop")).close();
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(),
                TaskRunner.singleWorker("views"));
        Platform.runLater(() -> model.openProject(dir.resolve("shop.mv.db")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysisProperty().get() != null);

        Platform.runLater(() -> new ImportFlow(model, new Messages(Locale.JAPANESE), FileDialogs.SYSTEM, stage).run(orders, DataKind.TRANSACTIONS));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".table-view").tryQuery().isPresent()
                && robot.lookup(".table-view").queryTableView().getItems().size() == 3);
        List<String> fields = robot.lookup(".import-field .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(fields.containsAll(List.of("顧客ID *", "日付 *", "数量", "単価", "金額")), fields::toString);
        assertFalse(fields.stream().anyMatch(f -> f.matches(".*[a-z]+_[a-z]+.*")), "no command-line names: " + fields);
        TableView<?> preview = robot.lookup(".table-view").queryTableView();
        assertEquals("顧客ID\n← 顧客ID", preview.getColumns().get(0).getText());

        DialogPane dialog = (DialogPane) preview.getScene().getRoot();
        Button ok = (Button) dialog.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(dialog::lookupButton)
                .findFirst().orElseThrow();
        assertEquals(List.of("取り込む", "キャンセル"), dialog.getButtonTypes().stream()
                .map(b -> ((Button) dialog.lookupButton(b)).getText()).toList());
        robot.interact(ok::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> report(robot) != null);
        String text = report(robot).getContentText();
        assertTrue(text.contains("3 行を読み込み: 2 行を取り込み、1 行を除外しました。"), text);
        assertTrue(text.contains("顧客IDなし（ゲスト注文）: 1"), text);
        assertFalse(text.contains("no customer id"), text);
        model.closeProject().get(10, TimeUnit.SECONDS);
    }

    /** The import report's alert, once shown. */
    private static DialogPane report(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> "取り込みが完了しました".equals(d.getHeaderText())).findFirst().orElse(null);
    }
}
