package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.DataKind;
import fangrid.domain.ImportReport;
import fangrid.domain.ReadOptions;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The window's import and undo path, through the model the controller calls. */
@ExtendWith(ApplicationExtension.class)
class MainModelImportTest {
    @TempDir
    Path dir;

    @Test
    void importRefreshesTheAnalysisAndTheImportListAndUndoTakesItBack() throws Exception {
        Project.create(dir.resolve("empty")).close();
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(), TaskRunner.singleWorker("views"));
        Platform.runLater(() -> model.openProject(dir.resolve("empty.mv.db")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysisProperty().get() != null);
        assertEquals(0, model.analysisProperty().get().grid().buyers());

        Path orders = TestProjects.sampleDataDir().resolve("orders.csv");
        CompletableFuture<ImportReport> done = new CompletableFuture<>();
        Platform.runLater(() -> model.importer().importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT,
                null, false, (listed, count) -> {
                    throw new AssertionError("the sample has no unreadable rows");
                }, done::complete));
        ImportReport report = done.get(60, TimeUnit.SECONDS);
        assertEquals(8_325, report.rowsImported());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.imports().size() == 1);
        assertTrue(model.analysisProperty().get().grid().buyers() > 2_000);

        Platform.runLater(() -> model.undoImport(model.imports().get(0)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.imports().isEmpty());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysisProperty().get().grid().buyers() == 0);
        assertEquals(0, model.analysisProperty().get().firstCategory().base());
        model.closeProject().get(10, TimeUnit.SECONDS);
    }

    @Test
    void unreadableRowsAreListedOnceTheFileIsReadAndTheUserChoosesToCancelOrKeepTheGoodRows() throws Exception {
        Project.create(dir.resolve("p")).close();
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(), TaskRunner.singleWorker("views"));
        Platform.runLater(() -> model.openProject(dir.resolve("p.mv.db")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysisProperty().get() != null);
        Path f = Files.writeString(dir.resolve("orders.csv"), "顧客ID,購入日,金額\nA,2024/1/5,100\nB,2024/1/6,abc\nC,2024/1/7,300\n");
        List<String> asked = new ArrayList<>();

        Platform.runLater(() -> model.importer().importFile(f, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, (listed, count) -> {
            assertTrue(Platform.isFxApplicationThread(), "asked on the FX thread");
            listed.forEach(b -> asked.add(b.describe()));
            return false;
        }, r -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.errorProperty().get() != null);
        assertEquals(List.of("row 3, column 金額: not a number: \"abc\""), asked);
        assertTrue(model.errorProperty().get().getMessage().contains("cancelled; the project is unchanged"));
        assertTrue(model.imports().isEmpty());
        model.errorProperty().set(null);

        CompletableFuture<ImportReport> done = new CompletableFuture<>();
        Platform.runLater(() -> model.importer().importFile(f, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false,
                (listed, count) -> true, done::complete));
        ImportReport kept = done.get(60, TimeUnit.SECONDS);
        assertEquals(2, kept.rowsImported());
        assertEquals(1, kept.badRowCount());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysisProperty().get().grid().buyers() == 2);
        model.closeProject().get(10, TimeUnit.SECONDS);
    }
}
