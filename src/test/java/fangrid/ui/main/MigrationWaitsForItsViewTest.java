package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertNull;

import fangrid.TestProjects;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The migration is computed for a view that shows it, not behind a window whose Migration tab was never shown. */
@ExtendWith(ApplicationExtension.class)
class MigrationWaitsForItsViewTest {
    @TempDir
    Path dir;

    @Test
    void theMigrationIsComputedOnceAViewShowsIt() throws Exception {
        Path sample;
        try (Project p = TestProjects.sampleProject(dir)) {
            sample = p.file();
        }
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(),
                TaskRunner.singleWorker("views"));
        Platform.runLater(() -> model.openProject(sample));
        // the categories are read after the window's other work on the project's one worker
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.categories().isEmpty()
                && !model.trend().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(model.migration().migrationProperty().get(), "no view has shown the migration");

        Platform.runLater(model.migration()::attach);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.migration().migrationProperty().get() != null
                && model.migration().snapshotsProperty().get() != null);
        model.closeProject().get(10, TimeUnit.SECONDS);
    }
}
