package fangrid.ui.detail;

import fangrid.ui.common.Messages;
import fangrid.ui.common.FileDialogs;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to export a customer list, proposing a name after the group and date, with the format's extension. */
final class ExportChooser {
    private ExportChooser() {
    }

    /** @param proposed the file name offered, see {@link ExportFileName} */
    static Optional<Path> choose(SegmentDetailModel.Export kind, String proposed, Messages messages, FileDialogs dialog,
                                 Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("detail.export." + kind.key()));
        String ext = kind.format().extension();
        chooser.setInitialFileName(proposed);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        File f = dialog.save(chooser, owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + ext) ? p
                : p.resolveSibling(p.getFileName() + "." + ext));
    }
}
