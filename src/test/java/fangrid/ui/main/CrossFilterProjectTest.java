package fangrid.ui.main;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.analysis.AnalysisService;
import fangrid.analysis.GridSummary;
import fangrid.analysis.Summary;
import fangrid.domain.CustomerFilter;
import fangrid.project.AppHome;
import fangrid.store.Project;
import fangrid.ui.common.TaskRunner;
import fangrid.ui.crossfilter.ViewId;
import java.nio.file.Path;
import java.util.List;
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
        assertEquals(248, matrix.get().summary().people(), "R1F1 of all history (AnalyzeCommandTest)");

        var settings = model.analysisProperty().get().settings();
        Platform.runLater(() -> model.updateSettings(settings.withWindowMonths(12)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> model.analysisProperty().get().settings().windowMonths() == 12
                        && matrix.get().analysis() == model.analysisProperty().get());
        assertTrue(matrix.get().filter().equals(CustomerFilter.parse("R1F1")), "kept across a new analysis");
        // the last 12 months (from 2024-10-01), counted from the sample's files by a separate script
        Summary r1f1 = matrix.get().summary();
        assertEquals(271, r1f1.people(), "R1F1: one occasion in the window, the last within 90 days");
        assertEquals(List.of(67, 48, 9, 12, 1), List.of(r1f1.matrix().count(0, 3), r1f1.matrix().count(0, 2),
                r1f1.matrix().count(5, 3), r1f1.matrix().count(4, 2), r1f1.matrix().count(7, 3)),
                "no answer × main once, no answer × trial, like × main once, somewhat × trial, love × main once");
        assertEquals(206, total(r1f1.matrix().counts()), "R1F1 people with a usage level");
        GridSummary grid = model.analysisProperty().get().grid();
        assertArrayEquals(new int[] {271, 94, 278, 239, 31, 81, 593, 98, 76}, grid.customers(), "the grid of the window");

        Platform.runLater(() -> model.openProject(dir.resolve("other.mv.db")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.projectFileProperty().get().getFileName()
                .toString().startsWith("other") && matrix.get().analysis() == model.analysisProperty().get());
        assertTrue(matrix.get().everyone(), "another project starts unfiltered");
        model.closeProject().get(10, TimeUnit.SECONDS);
    }

    private static int total(int[][] counts) {
        int n = 0;
        for (int[] row : counts) {
            for (int c : row) {
                n += c;
            }
        }
        return n;
    }
}
