package fangrid.ui.detail;

import fangrid.ui.common.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to export a customer list, with the extension the format needs. */
final class ExportChooser {
    private ExportChooser() {
    }

    static Optional<Path> choose(SegmentDetailModel.Export kind, Messages messages, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("detail.export." + kind.key()));
        String ext = kind.format().extension();
        chooser.setInitialFileName("segment." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(java.util.Locale.ROOT), "*." + ext));
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith("." + ext) ? p
                : p.resolveSibling(p.getFileName() + "." + ext));
    }
}
