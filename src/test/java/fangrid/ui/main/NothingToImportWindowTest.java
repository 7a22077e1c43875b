package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.DataKind;
import fangrid.domain.ReadOptions;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 item 6 in the window: its import sets unreadable rows aside and asks about them at the end, so a file of
 * guest orders only, or of unreadable rows only, once ended in an empty import; now the window shows why nothing would
 * be imported (its error dialog shows the message) and the import list stays empty.
 */
@ExtendWith(ApplicationExtension.class)
class NothingToImportWindowTest {
    @TempDir
    Path dir;

    @Test
    void theWindowShowsWhyNothingWouldBeImported() throws Exception {
        Project.create(dir.resolve("p")).close();
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(), TaskRunner.singleWorker("views"));
        Platform.runLater(() -> model.openProject(dir.resolve("p.mv.db")));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.analysisProperty().get() != null);
        Path guests = Files.writeString(dir.resolve("guests.csv"), "会員番号,受注日,金額\n,2024/01/05,100\nB,2024/01/06,x\n",
                StandardCharsets.UTF_8);

        Platform.runLater(() -> model.importer().importFile(guests, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false,
                (listed, count) -> {
                    throw new AssertionError("with no good row there is nothing to ask");
                }, r -> { }));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.errorProperty().get() != null);
        assertEquals("None of the 2 rows of guests.csv can be imported (no customer id: 1; unreadable: 1, the first"
                + " row 3, column 金額: not a number: \"x\"): nothing to import.", model.errorProperty().get().getMessage());
        assertTrue(model.imports().isEmpty());
        model.closeProject().get(10, TimeUnit.SECONDS);
    }
}
