package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.TrendPoint;
import fangrid.project.ProjectSession;
import fangrid.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The first-category share over the last months, computed on the project's worker for each new analysis. */
final class TrendModel {
    private static final int MONTHS = 12;

    private final ObservableList<TrendPoint> points = FXCollections.observableArrayList();
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private Analysis latest;

    TrendModel(TaskRunner runner, Consumer<Throwable> errors) {
        this.runner = runner;
        this.errors = errors;
    }

    /** The trend of the latest analysis, oldest point first; empty until computed. */
    ObservableList<TrendPoint> points() {
        return points;
    }

    /** Computes the trend of {@code analysis} (null: none) of {@code session}'s project. */
    void compute(ProjectSession session, Analysis analysis) {
        latest = analysis;
        if (analysis == null || session == null) {
            points.clear();
            return;
        }
        runner.<List<TrendPoint>>run(task -> session.trend(analysis, MONTHS)).onSuccess(trend -> {
            if (latest == analysis) {
                points.setAll(trend);
            }
        }).onFailure(errors).start();
    }
}
