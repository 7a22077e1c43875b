package fangrid.ui;

import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real FanGrid window in a TestFX test: started with the app's arguments, ready once the grid shows figures. */
final class FanGridWindow {
    private final FxRobot robot = new FxRobot();
    private Application app;

    /** Starts the app and waits (up to 30 s) until the grid shows its first figure. */
    FxRobot start(String... args) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(FanGridApp.class, args);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> !robot.lookup("#count-R1F1").queryAs(Label.class).getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    /** Closes the app (the project file is released) and lets go of any key or button a failed test held. */
    void close() throws Exception {
        robot.release(new KeyCode[0]);
        robot.release(new MouseButton[0]);
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }
}
