package fangrid.ui.charts;

import java.io.File;
import javafx.stage.Window;

/** Where a chart's PNG… button saves: a file chooser in the app; a test names the file itself. */
@FunctionalInterface
public interface PngTarget {
    /** The file to write, suggesting {@code name}; null when the user cancels. */
    File ask(String name, Window owner);
}
