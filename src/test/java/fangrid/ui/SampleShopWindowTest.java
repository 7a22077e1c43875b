package fangrid.ui;

import fangrid.analysis.Analysis;
import fangrid.analysis.AnalysisService;
import fangrid.store.Project;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test of the real window on the sample shop: the project and the engine's analysis of it are made once per test
 * class (the figures the window must show), a fresh window is started for each test and closed after it.
 */
@ExtendWith(ApplicationExtension.class)
abstract class SampleShopWindowTest {
    @TempDir
    static Path dir;
    static Path project;
    static Analysis analysis;
    final NumberFormat n = NumberFormat.getIntegerInstance(Locale.JAPANESE);
    final FanGridWindow window = new FanGridWindow();
    FxRobot robot;
    ShownFigures shown;

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
            analysis = new AnalysisService().analyze(p);
        }
    }

    @BeforeEach
    void start() throws Exception {
        robot = window.start("--project=" + project);
        shown = new ShownFigures(robot, analysis);
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }
}
