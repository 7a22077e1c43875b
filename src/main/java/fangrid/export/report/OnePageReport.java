package fangrid.export.report;

import fangrid.export.AtomicFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one-page report as a PDF: an A4 landscape page with a header across the top and the blocks below it in three
 * columns, each block in the column that is shortest so far, so the page stays balanced whichever blocks a project
 * has. Text is in IPAexGothic, the window's bundled font, embedded as a subset of the glyphs used (a Japanese report
 * reads the same on a machine without Japanese fonts). The file appears only once complete.
 */
public final class OnePageReport {
    /** A4 landscape, in points. */
    static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final String FONT = "/fangrid/ui/theme/fonts/ipaexg.ttf";
    private static final float MARGIN = 30;
    private static final float GAP = 18;
    private static final int COLUMNS = 3;

    private final ReportText text;
    private final ReportBlock header;
    private final List<ReportBlock> blocks;

    /**
     * @param header across the top of the page
     * @param blocks in order of importance: earlier ones are placed first
     */
    public OnePageReport(ReportText text, ReportBlock header, List<ReportBlock> blocks) {
        this.text = text;
        this.header = header;
        this.blocks = List.copyOf(blocks);
    }

    /** Writes the report to {@code file} (replacing it only once the new one is complete). */
    public void write(Path file, String title) throws IOException {
        AtomicFile.<Void, IOException>write(file, temp -> {
            try (PDDocument doc = new PDDocument()) {
                PDDocumentInformation info = doc.getDocumentInformation();
                info.setTitle(title);
                info.setCreator("FanGrid");
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                PDType0Font font;
                try (InputStream in = OnePageReport.class.getResourceAsStream(FONT)) {
                    if (in == null) {
                        throw new IOException("the bundled font " + FONT + " is missing from the app");
                    }
                    font = PDType0Font.load(doc, in, true);
                }
                try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                    draw(new ReportCanvas(out, font, text, PAGE.getHeight()));
                }
                doc.save(temp.toFile());
            }
            return null;
        });
    }

    private void draw(ReportCanvas canvas) throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        header.draw(canvas, MARGIN, MARGIN, width);
        float top = MARGIN + header.height(canvas, width) + GAP / 2;
        float columnWidth = (width - (COLUMNS - 1) * GAP) / COLUMNS;
        List<Float> used = new ArrayList<>(List.of(top, top, top));
        for (ReportBlock b : blocks) {
            int c = shortest(used);
            b.draw(canvas, MARGIN + c * (columnWidth + GAP), used.get(c), columnWidth);
            used.set(c, used.get(c) + b.height(canvas, columnWidth) + GAP);
        }
    }

    private static int shortest(List<Float> used) {
        int best = 0;
        for (int c = 1; c < used.size(); c++) {
            if (used.get(c) < used.get(best)) {
                best = c;
            }
        }
        return best;
    }
}
