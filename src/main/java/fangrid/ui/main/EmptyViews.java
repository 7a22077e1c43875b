package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.analysis.FirstCategorySummary;
import fangrid.domain.DataKind;
import fangrid.ui.common.EmptyState;
import fangrid.ui.common.Messages;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.layout.StackPane;

/**
 * What the grid, the matrix and segment detail say when the project lacks what they show: an empty project asks
 * for the shop's orders; a project without survey answers keeps its grid and detail, and its matrix asks for the
 * survey. Each offers the import, with the kind of file preselected.
 */
final class EmptyViews {
    private final Messages messages;
    private final Consumer<DataKind> importer;
    private final ObservableBooleanValue busy;
    private final EmptyState grid;
    private final EmptyState matrix;
    /** Segment detail's, once its view is built (its tab is built when first shown). */
    private EmptyState detail;
    private Analysis shown;

    /**
     * Puts an empty state over the view in each holder; {@code importer} asks for a file and imports it as the
     * kind given; the buttons are disabled while {@code busy}.
     */
    EmptyViews(Messages messages, StackPane gridHolder, StackPane matrixHolder, Consumer<DataKind> importer,
               ObservableBooleanValue busy) {
        this.messages = messages;
        this.importer = importer;
        this.busy = busy;
        grid = over("gridEmpty", gridHolder, busy);
        matrix = over("matrixEmpty", matrixHolder, busy);
    }

    /** Puts segment detail's empty state over the view in {@code detailHolder}, as the analysis shown calls for. */
    void coverDetail(StackPane detailHolder) {
        detail = over("detailEmpty", detailHolder, busy);
        show(shown);
    }

    private static EmptyState over(String id, StackPane holder, ObservableBooleanValue busy) {
        EmptyState state = new EmptyState(id, holder.getChildren().get(0));
        state.actionDisableProperty().bind(busy);
        holder.getChildren().add(state);
        return state;
    }

    /** Shows the empty states {@code a} calls for (none for a project with orders and survey answers). */
    void show(Analysis a) {
        shown = a;
        if (a == null || a.hasTransactions()) {
            grid.hide();
        } else {
            say(grid, "empty.noTransactions", DataKind.TRANSACTIONS);
        }
        FirstCategorySummary everyone = a == null ? null : a.firstCategory();
        if (everyone == null || everyone.respondents() > 0) {
            matrix.hide();
        } else if (everyone.base() == 0) {
            say(matrix, "matrix.empty.needsTransactions", DataKind.TRANSACTIONS);
        } else {
            say(matrix, "matrix.empty.needsSurvey", DataKind.SURVEY);
        }
        if (detail == null) {
            return;
        }
        if (everyone == null || everyone.base() > 0) {
            detail.hide();
        } else {
            say(detail, "detail.empty.needsTransactions", DataKind.TRANSACTIONS);
        }
    }

    private void say(EmptyState state, String key, DataKind kind) {
        state.show(messages.get(key), messages.get(kind == DataKind.SURVEY ? "empty.importSurvey"
                : "empty.importTransactions"), () -> importer.accept(kind));
    }
}
