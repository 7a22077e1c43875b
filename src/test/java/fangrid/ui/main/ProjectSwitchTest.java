package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.project.AppHome;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening another project takes the first one's customers off segment detail at once, not when the new project's
 * rows are ready: a consultant opening one client's project after another's must not see the first client's names,
 * even for the moment the views' worker is busy (here it is held).
 */
@ExtendWith(ApplicationExtension.class)
class ProjectSwitchTest {
    @TempDir
    Path dir;

    @Test
    void theFirstProjectsCustomersLeaveSegmentDetailBeforeTheSecondsAreComputed() throws Exception {
        Path sample;
        try (Project p = TestProjects.sampleProject(dir)) {
            sample = p.file();
        }
        Path other = dir.resolve("other.mv.db");
        try (ProjectSession s = ProjectSession.createEmpty(other)) {
            Path orders = Files.writeString(dir.resolve("orders.csv"), "顧客ID,購入日,金額\nX1,2024/05/01,1000\n");
            s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
        }
        Semaphore views = new Semaphore(1);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "held-views");
            t.setDaemon(true);
            return t;
        });
        TaskRunner heldViews = new TaskRunner(work -> worker.execute(() -> {
            views.acquireUninterruptibly();
            views.release();
            work.run();
        }));
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(), heldViews);
        // what LinkedViews does in the window: segment detail shows what the cross-filter computes for it
        model.crossFilter().view(ViewId.DETAIL).addListener((o, old, v) -> {
            if (v != null) {
                model.detail().show(v);
            }
        });
        Platform.runLater(() -> model.openProject(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.detail().rowsProperty().get() != null && model.detail().rowsProperty().get().size() > 1);

        views.acquire();
        try {
            Platform.runLater(() -> model.openProject(other));
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> other.equals(model.projectFileProperty().get()));
            WaitForAsyncUtils.waitForFxEvents();
            assertNull(model.detail().rowsProperty().get(), "the first project's rows are still listed");
            assertNull(model.detail().statsProperty().get(), "the first project's figures are still shown");
        } finally {
            views.release();
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.detail().rowsProperty().get() != null && model.detail().rowsProperty().get().size() == 1);
        assertTrue(model.detail().rowsProperty().get().table().customerId(0).equals("X1"));
        model.closeProject().get(10, TimeUnit.SECONDS);
    }
}
