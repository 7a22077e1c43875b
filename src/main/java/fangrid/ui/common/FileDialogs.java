package fangrid.ui.common;

import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Shows a configured file chooser and returns the file picked, or null when the user cancelled. The app uses the
 * system's dialogs; a test answers in their place, seeing the title, filters and proposed name the user would see.
 */
public interface FileDialogs {
    /** The operating system's own dialogs. */
    FileDialogs SYSTEM = new FileDialogs() {
        @Override
        public File open(FileChooser chooser, Window owner) {
            return chooser.showOpenDialog(owner);
        }

        @Override
        public File save(FileChooser chooser, Window owner) {
            return chooser.showSaveDialog(owner);
        }
    };

    /** Asks for an existing file. */
    File open(FileChooser chooser, Window owner);

    /** Asks where to write a file (the system dialog asks before replacing one). */
    File save(FileChooser chooser, Window owner);
}
