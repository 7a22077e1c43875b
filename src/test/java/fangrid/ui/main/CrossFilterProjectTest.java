package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.CustomerFilter;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.ViewId;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A view's filter belongs to its project: filters survive a new analysis, not the opening of another project. */
@ExtendWith(ApplicationExtension.class)
class CrossFilterProjectTest {
    @TempDir
    Path dir;

    @Test
    void filtersAreKeptAcrossAnalysesAndClearedWhenAnotherProjectOpens() throws Exception {
        Path sample;
        try (Project p = TestProjects.sampleProject(dir)) {
            sample = p.file();
        }
        Project.create(dir.resolve("other")).close();
        MainModel model = new MainModel(new AppHome(dir.resolve("home")), TaskRunner.singleWorker(),
                TaskRunner.singleWorker("views"));
        Platform.runLater(() -> model.openProject(sample));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.analysisProperty().get() != null);
        var matrix = model.crossFilter().view(ViewId.MATRIX);
        Platform.runLater(() -> model.crossFilter().apply(ViewId.MATRIX, CustomerFilter.parse("R1F1")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> matrix.get() != null && !matrix.get().everyone());
        int r1f1 = matrix.get().summary().people();
        assertEquals(model.analysisProperty().get().grid().customers(new fangrid.domain.GridCell(1, 1)), r1f1);

        var settings = model.analysisProperty().get().settings();
        Platform.runLater(() -> model.updateSettings(settings.withWindowMonths(12)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.analysisProperty().get().settings().windowMonths() == 12
                        && matrix.get().analysis() == model.analysisProperty().get());
        assertTrue(matrix.get().filter().equals(CustomerFilter.parse("R1F1")), "kept across a new analysis");

        Platform.runLater(() -> model.openProject(dir.resolve("other.mv.db")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.projectFileProperty().get().getFileName()
                .toString().startsWith("other") && matrix.get().analysis() == model.analysisProperty().get());
        assertTrue(matrix.get().everyone(), "another project starts unfiltered");
        model.closeProject().get(10, TimeUnit.SECONDS);
    }
}
