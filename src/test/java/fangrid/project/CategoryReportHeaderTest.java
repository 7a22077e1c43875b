package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fangrid.analysis.Analysis;
import fangrid.domain.CustomerNames;
import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.export.report.HeaderBlock;
import fangrid.export.report.ReportText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF report's header says which category it shows, first among its notes; nothing for all products. */
class CategoryReportHeaderTest {
    @TempDir
    Path dir;

    @Test
    void theHeaderNamesTheCategoryShown() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(Files.writeString(dir.resolve("orders.csv"), """
                    order,customer,date,amount,category
                    a1,A,2024-06-20,100,Tea
                    b1,B,2024-06-01,40,
                    """, StandardCharsets.UTF_8), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false,
                    ImportProgress.NONE);
            ReportText ja = new ReportText(ResourceBundle.getBundle("fangrid.i18n.messages", Locale.JAPANESE));
            ReportText en = new ReportText(ResourceBundle.getBundle("fangrid.i18n.messages", Locale.ROOT));
            CustomerNames names = CustomerNames.of(false, Locale.JAPANESE);

            Analysis tea = s.analyzeWith(s.settings().withCategory("Tea"));
            assertEquals("カテゴリー: Tea（このカテゴリーの受注明細のみを集計。顧客基盤はショップ全体）",
                    notes(ReportContent.header(tea, ReportFilters.NONE, names, ja)).get(0));
            Analysis none = s.analyzeWith(s.settings().withCategory(""));
            assertEquals("Category: Uncategorised (its order lines only; the base is the whole shop)",
                    notes(ReportContent.header(none, ReportFilters.NONE, names, en)).get(0));
            Analysis all = s.analyzeWith(s.settings());
            assertFalse(notes(ReportContent.header(all, ReportFilters.NONE, names, en)).get(0).startsWith("Category"));
        }
    }

    private static java.util.List<String> notes(Object header) {
        return ((HeaderBlock) header).notes();
    }
}
