package fangrid.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.store.Project;
import fangrid.ui.common.FileDialogs;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.MenuBar;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File › Report… in the real window: it proposes the project's name and analysis date, writes the PDF in the
 * window's language, and states the filters in force, each block of the people its view shows.
 */
@ExtendWith(ApplicationExtension.class)
class ReportFromWindowTest {
    @TempDir
    static Path dir;
    private static Path project;
    private final FanGridWindow window = new FanGridWindow();
    private final List<String> proposed = new ArrayList<>();

    @BeforeAll
    static void makeProject() throws Exception {
        try (Project p = FanGridWindow.japaneseSampleProject(dir)) {
            project = p.file();
        }
    }

    @AfterEach
    void closeApp() throws Exception {
        window.close();
    }

    private final FileDialogs answers = new FileDialogs() {
        @Override
        public File open(FileChooser chooser, Window owner) {
            throw new AssertionError("this test opens no file");
        }

        @Override
        public File save(FileChooser chooser, Window owner) {
            proposed.add(chooser.getInitialFileName());
            return dir.resolve("report").toFile();
        }
    };

    @Test
    void theReportStatesTheViewsFiltersAndDrawsEachBlockOfItsViewsPeople() throws Exception {
        FxRobot robot = window.start(answers, "--project=" + project, "--grid=fav7/use5+fav6/use5", "--matrix=R1F3");
        robot.interact(() -> robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> "reportItem".equals(i.getId())).findFirst()
                .orElseThrow().fire());
        Path pdf = dir.resolve("report.pdf");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.isRegularFile(pdf));
        // sample-data/README.md: the analysis date is 2025/10/01
        assertEquals(List.of("sample_2025-10-01.pdf"), proposed, "named after the project and date; .pdf added");
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(doc);
            javax.imageio.ImageIO.write(new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 110), "png",
                    Path.of("target/report-filtered-ja.png").toFile());
        }
        for (String expected : new String[] {"絞り込み中: R × F グリッド: 好感度7 × 利用5 + 好感度6 × 利用5",
                "絞り込み中: 好感度 × ご利用頻度: R1F3", "R × F グリッド\n表示中: 好感度7 × 利用5",
                "好感度 × ご利用頻度\n表示中: R1F3", "絞り込み内", "デシル別 売上構成比\n"}) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }
}
