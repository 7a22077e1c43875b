package fangrid.ui.common;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Shows a save dialog the caller has set up (title, proposed name, extensions): the platform's dialog, or in tests
 * a stand-in that reads the question and answers it, since a native dialog cannot be driven headless.
 */
@FunctionalInterface
public interface SaveDialog {
    /** The platform's save dialog. */
    SaveDialog PLATFORM = FileChooser::showSaveDialog;

    /** @return the file chosen, or null when the user cancelled */
    File show(FileChooser chooser, Window owner);
}
