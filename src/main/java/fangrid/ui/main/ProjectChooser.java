package fangrid.ui.main;

import fangrid.ui.common.FileDialogs;
import fangrid.ui.common.Messages;
import java.io.File;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File › New Project, New Project with Sample Shop and Open Project: asks for the file, then lets the model open it. */
final class ProjectChooser {
    private final MainModel model;
    private final Messages messages;
    private final FileDialogs dialogs;

    ProjectChooser(MainModel model, Messages messages, FileDialogs dialogs) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Asks where to create a project, then creates it (with the sample shop or empty) and opens it. */
    void newProject(Window owner, boolean withSample) {
        File f = dialogs.save(chooser(withSample ? "menu.file.newSample" : "menu.file.new"), owner);
        if (f != null) {
            model.newProject(f.toPath(), withSample);
        }
    }

    /** Asks for a project file and opens it. */
    void open(Window owner) {
        File f = dialogs.open(chooser("menu.file.open"), owner);
        if (f != null) {
            model.openProject(f.toPath());
        }
    }

    private FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("chooser.projects"), "*.mv.db"));
        File dir = model.home().projectsDir().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        return chooser;
    }
}
