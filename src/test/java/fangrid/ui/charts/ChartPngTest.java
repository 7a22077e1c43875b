package fangrid.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.FirstCategorySummary;
import fangrid.ui.common.Messages;
import fangrid.ui.theme.ChartStyler;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A chart saved as a PNG at each size: the picture has that size, and its title, the line naming the customers, the
 * analysis date and the project, and a legend are drawn on it, whole, at type that grows with the picture.
 */
class ChartPngTest {
    private static final String TITLE = "First-category share";
    private static final String DETAIL = "R1F1 + R1F2 (349 people)   ·   Analysis date Oct 1, 2025   ·   Project sample-shop";
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final ChartStyler styler = new ChartStyler();

    @TempDir
    Path dir;

    private ShareChart chart() {
        ShareChart chart = new ShareChart(messages, styler);
        chart.show(new FirstCategorySummary(170, 3_600, 1_491, 0, 0), new FirstCategorySummary(20, 349, 150, 0, 0), 349);
        return chart;
    }

    @Test
    void eachSizeGivesAPictureOfThatSize() throws Exception {
        for (ChartPng.Size size : ChartPng.Size.values()) {
            File f = dir.resolve(size.name() + ".png").toFile();
            ChartPng.write(chart().chart(), new ChartPng.Caption(TITLE, DETAIL), size, styler.titleFont(), f);
            BufferedImage image = ImageIO.read(f);
            assertEquals(size.width, image.getWidth(), size.name());
            assertEquals(size.height, image.getHeight(), size.name());
        }
        assertEquals(List.of("1200 × 800", "1920 × 1080", "3840 × 2160"),
                java.util.Arrays.stream(ChartPng.Size.values()).map(ChartPng.Size::label).toList());
    }

    @Test
    void titleCaptionAndLegendAreDrawnWholeOnThePictureAndGrowWithIt() {
        double smallTitle = 0;
        for (ChartPng.Size size : ChartPng.Size.values()) {
            ShareChart share = chart();
            List<TextRecorder.Drawn> drawn = new ArrayList<>();
            BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            ChartPng.draw(share.chart(), new ChartPng.Caption(TITLE, DETAIL), size, styler.titleFont(),
                    new TextRecorder(g, drawn));
            g.dispose();
            Rectangle2D page = new Rectangle2D.Double(0, 0, size.width, size.height);
            TextRecorder.Drawn title = only(drawn, TITLE, size);
            TextRecorder.Drawn detail = only(drawn, DETAIL, size);
            TextRecorder.Drawn legend = only(drawn, messages.get("headline.title"), size);
            for (TextRecorder.Drawn d : List.of(title, detail, legend)) {
                assertTrue(page.contains(d.bounds()), size + ": '" + d.text() + "' lies whole on the picture " + d.bounds());
            }
            assertTrue(title.bounds().getMaxY() <= detail.bounds().getMinY() + 1, "the caption under the title");
            assertTrue(title.bounds().getMinY() < size.height * 0.1, "the title along the top: " + title.bounds());
            assertTrue(legend.bounds().getMinY() > size.height * 0.8, "the legend along the bottom: " + legend.bounds());
            if (size == ChartPng.Size.SMALL) {
                smallTitle = title.bounds().getHeight();
            } else {
                assertEquals(smallTitle * size.scale(), title.bounds().getHeight(), smallTitle * 0.05,
                        size + ": the title's type grows with the picture");
            }
            assertEquals(null, share.chart().getTitle(), "the chart on screen keeps no title of the PNG's");
            assertEquals(0, share.chart().getSubtitleCount(), "nor its caption and legend");
        }
    }

    private static TextRecorder.Drawn only(List<TextRecorder.Drawn> drawn, String text, ChartPng.Size size) {
        List<TextRecorder.Drawn> found = drawn.stream().filter(d -> d.text().equals(text)).toList();
        assertEquals(1, found.size(), size + ": '" + text + "' drawn once among " + drawn.stream()
                .map(TextRecorder.Drawn::text).toList());
        return found.get(0);
    }
}
