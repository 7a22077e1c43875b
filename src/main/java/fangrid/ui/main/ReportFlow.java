package fangrid.ui.main;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerNames;
import fangrid.project.ReportFilters;
import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import fangrid.ui.crossfilter.FilteredView;
import fangrid.ui.crossfilter.ViewId;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * File › Report…: asks where to save the one-page PDF (proposing the project's name and analysis date), then writes
 * it on the project's worker in the window's language, with the views' filters in force and demo mode as it is.
 */
final class ReportFlow {
    private final MainModel model;
    private final Messages messages;
    private final FileDialogs dialogs;

    ReportFlow(MainModel model, Messages messages, FileDialogs dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    void chooseAndWrite(Window owner) {
        Analysis a = model.analysisProperty().get();
        if (a == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("report.choose.title"));
        chooser.setInitialFileName(a.projectName() + (a.asOf() == null ? "" : "_" + a.asOf()) + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File chosen = dialogs.save(chooser, owner);
        if (chosen == null) {
            return;
        }
        Path file = chosen.getName().toLowerCase(Locale.ROOT).endsWith(".pdf") ? chosen.toPath()
                : chosen.toPath().resolveSibling(chosen.getName() + ".pdf");
        CustomerNames names = CustomerNames.of(model.demoModeProperty().get(), messages.locale());
        model.writeReport(filters(), messages.bundle(), names, file,
                () -> model.statusProperty().set(messages.format("report.saved", file.getFileName())));
    }

    private ReportFilters filters() {
        GroupLabels labels = new GroupLabels(messages, model.saved()::name);
        return new ReportFilters(scope(ViewId.GRID, labels), scope(ViewId.MATRIX, labels), scope(ViewId.CHARTS, labels));
    }

    private ReportFilters.Scope scope(ViewId view, GroupLabels labels) {
        FilteredView v = model.crossFilter().view(view).get();
        return v == null || v.everyone() ? ReportFilters.Scope.EVERYONE
                : new ReportFilters.Scope(v.selection(), labels.label(v.filter()));
    }
}
