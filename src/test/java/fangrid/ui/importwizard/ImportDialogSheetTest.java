package fangrid.ui.importwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fangrid.domain.Field;
import fangrid.ui.common.Messages;
import fangrid.ui.common.TaskRunner;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A workbook's sheets are offered in the import dialog, and choosing one previews that sheet. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogSheetTest {
    @TempDir
    static Path dir;
    private ImportDialogModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path book = dir.resolve("book.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(book)) {
            for (String[] s : new String[][] {{"メモ", "note"}, {"受注", "会員番号"}}) {
                var sheet = wb.createSheet(s[0]);
                sheet.createRow(0).createCell(0).setCellValue(s[1]);
                var row = sheet.createRow(1);
                row.createCell(0).setCellValue("M1");
            }
            wb.write(out);
        }
        fangrid.ui.theme.Theme.loadFonts();
        model = new ImportDialogModel(book, TaskRunner.singleWorker());
        new ImportDialog(model, new Messages(Locale.JAPANESE)).show();
    }

    @Test
    void choosingTheSecondSheetReadsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.sheets().size() == 2);
        assertEquals(List.of("メモ", "受注"), List.copyOf(model.sheets()));
        @SuppressWarnings("unchecked")
        ChoiceBox<String> sheet = robot.lookup("#importSheet").queryAs(ChoiceBox.class);
        robot.interact(() -> sheet.setValue("受注"));
        // the mapping and the preview rows are published one after the other: wait for both
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.mappingProperty().get() != null
                && "会員番号".equals(model.mappingProperty().get().columnName(Field.CUSTOMER_ID))
                && !model.preview().isEmpty() && model.preview().get(0).cells().get(Field.CUSTOMER_ID) != null);
        assertEquals("M1", model.preview().get(0).cells().get(Field.CUSTOMER_ID).text());
    }
}
