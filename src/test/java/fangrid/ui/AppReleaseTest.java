package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertNull;

import fangrid.store.Project;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * An app that has stopped leaves nothing of itself behind on the window it ran in: the stage outlives the app (TestFX
 * keeps one primary stage for every test, and a listener left on it kept each test's whole window and project alive,
 * about 28 MB per window with the sample shop, until the suite ran out of heap).
 */
@ExtendWith(ApplicationExtension.class)
class AppReleaseTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedAppIsNotKeptAliveByTheWindowItRanIn() throws Exception {
        Path sample;
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            sample = p.file();
        }
        FanGridWindow window = new FanGridWindow();
        FanGridWindow next = new FanGridWindow();
        window.start("--project=" + sample);
        WeakReference<Application> app = new WeakReference<>(window.app());
        window.close();
        // the stage still shows the last app's scene until another app takes it
        next.start("--project=" + sample);
        for (int i = 0; i < 50 && app.get() != null; i++) {
            System.gc();
            Thread.sleep(100);
        }
        next.close();
        assertNull(app.get(), "the stopped app is still reachable");
    }
}
