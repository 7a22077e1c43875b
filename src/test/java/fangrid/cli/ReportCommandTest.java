package fangrid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.project.ProjectSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fangrid report} on the sample shop, read back with PDFBox: one A4 landscape page, the font embedded as a
 * subset, and the sample's own figures (sample-data/README.md: 3,600 people, 170 in the first category = 4.7 %,
 * 11.4 % of 1,491 respondents, analysis date 2025-10-01) in Japanese and in English.
 */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void sampleShop() throws Exception {
        project = dir.resolve("sample-shop.mv.db");
        try (ProjectSession s = ProjectSession.createWithSample(project)) {
            s.createPlan(java.time.LocalDate.of(2025, 6, 1), 6, 4, 0.10, fangrid.domain.StepProgress.NONE);
        }
    }

    private static String report(String lang, String... more) throws IOException {
        Path pdf = dir.resolve("report-" + lang + more.length + ".pdf");
        String[] args = {"report", "--project", project.toString(), "--lang", lang, "--out", pdf.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        CliRun run = CliRun.of(all);
        assertEquals(0, run.exit(), run.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(842, page.getMediaBox().getWidth(), 1, "A4 landscape");
            assertEquals(595, page.getMediaBox().getHeight(), 1, "A4 landscape");
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+IPAexGothic"), "a subset: " + font.getName());
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", Path.of("target").resolve("report-" + lang + ".png").toFile());
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void japaneseReportStatesTheSampleShopsFigures() throws IOException {
        String text = report("ja");
        for (String expected : new String[] {"FanGrid レポート — sample-shop", "基準日 2025-10-01", "顧客 3,600 人",
                "ファーストカテゴリー", "4.7%", "全顧客 3,600 人中 170 人", "11.4%（回答者 1,491 人）", "R × F グリッド",
                "好感度 × ご利用頻度", "デシル別 売上構成比", "活動ごとの次の一手", "見込み客の新規顧客への引き上げ",
                "絞り込み: なし（全顧客）", "前月比"}) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void englishReportStatesTheSameFiguresInEnglish() throws IOException {
        String text = report("en");
        for (String expected : new String[] {"FanGrid report — sample-shop", "Analysis date 2025-10-01", "3,600 people",
                "First category", "4.7%", "11.4%", "R × F grid", "Next step per activity",
                "Turn prospects into first-time buyers", "Filters: none (everyone)", "vs. previous month", "R1 · ≦ 90 days"}) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.matches("(?s).*[\\u3040-\\u30ff].*"), "no kana in the English report:\n" + text);
    }

    @Test
    void theRankDownListsSizeAndThePlansTrackingAreThereWhereTheProjectHasThem() throws Exception {
        String text = report("ja", "--demo");
        Path csv = dir.resolve("all.csv");
        assertEquals(0, CliRun.of("analyze", "--project", project.toString(), "--out", csv.toString()).exit());
        long atRisk;
        try (var rows = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().build()
                .parse(Files.newBufferedReader(csv))) {
            atRisk = rows.stream().filter(r -> r.get("at_risk").equals("true")).count();
        }
        assertTrue(atRisk > 0);
        for (String expected : new String[] {"ランクダウン防止", "対象 " + java.text.NumberFormat.getIntegerInstance()
                .format(atRisk) + " 人", "リスク売上（今後 6 ヶ月の予測）", "6ヶ月プラン 2025-06-01 〜 2025-11-30",
                "開始後の購入（2025-09-30 まで）", "デモモード: 顧客は仮名で表示中", "先月からの変化",
                "2025-09-01以降: 新しい顧客", "ファーストカテゴリー: "}) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
    }

    @Test
    void aProjectThatIsNotThereIsBadInputAndWritesNothing() {
        Path pdf = dir.resolve("none.pdf");
        CliRun run = CliRun.of("report", "--project", dir.resolve("missing.mv.db").toString(), "--out", pdf.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().startsWith("No report: "), run.err());
        assertFalse(Files.exists(pdf));
    }
}
