package fangrid;

import fangrid.cli.FanGridCli;
import fangrid.ui.FanGridApp;
import fangrid.ui.StartupClock;
import javafx.application.Application;

/**
 * Starts FanGrid: a command ({@code import}, {@code --help}) on the command line, else the desktop app.
 * It does not extend {@code Application}, so that JavaFX starts from the class path
 * (a non-modular app, as in the fat jar and the installers).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (FanGridCli.isCommand(args)) {
            System.exit(FanGridCli.run(args));
        }
        StartupClock.mark("main");
        // AWT is used only off screen (chart fonts, PNG export); a windowed AWT under JavaFX's GTK crashes on X11.
        System.setProperty("java.awt.headless", "true");
        Application.launch(FanGridApp.class, args);
    }
}
