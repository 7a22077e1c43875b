package fangrid.analysis;

import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Five people, hand-checked (analysis date 2024-06-30):
 * <pre>
 * id    key  occasions  net   returned  last purchase  recency  first purchase  days since  cell   activity
 * AB10  1    2          2500  500       2024-02-01     150      2024-01-01      181         R2F2   3
 * ab9   2    1          300   0         2024-06-20     10       2024-06-20      10          R1F1   2
 * C-3   3    4          1600  0         2024-06-29     1        2024-03-01      121         R1F3   4
 * ｶﾅ1   4    1          200   0         2024-03-15     107      2024-03-15      107         R2F1   3
 * P1    5    0          0     0         –              –        –               –           –      1 (survey only)
 * </pre>
 */
final class SegmentFixture {
    static final String ORDERS = """
            order,customer,date,amount,kind
            o1,AB10,2024-01-01,1000,
            o2,AB10,2024-02-01,2000,
            o2,AB10,2024-02-10,-500,返品
            o3,ab9,2024-06-20,300,
            o4,C-3,2024-03-01,400,
            o5,C-3,2024-04-01,600,
            o6,C-3,2024-06-01,500,
            o7,C-3,2024-06-29,100,
            o8,ｶﾅ1,2024-03-15,200,
            """;
    static final String SURVEY = "会員番号,好感度,ご利用頻度\nP1,好き,相談したことがある\n";

    private SegmentFixture() {
    }

    static Analysis analyze(Path dir) throws Exception {
        try (Project p = project(dir, "segment", ORDERS, SURVEY)) {
            return new AnalysisService().analyze(p);
        }
    }

    /** A new project {@code name} in {@code dir} holding these orders and survey answers (CSV text). */
    static Project project(Path dir, String name, String orders, String survey) throws Exception {
        Project p = Project.create(dir.resolve(name));
        try {
            ImportService imports = new ImportService();
            imports.importFile(p, Files.writeString(dir.resolve("orders.csv"), orders, StandardCharsets.UTF_8), DataKind.TRANSACTIONS);
            imports.importFile(p, Files.writeString(dir.resolve("survey.csv"), survey, StandardCharsets.UTF_8), DataKind.SURVEY);
            return p;
        } catch (Exception | Error e) {
            p.close();
            throw e;
        }
    }

    /** The people with these ids. */
    static Selection select(Analysis a, String... ids) {
        Selection s = new BitmapBackedSelection();
        for (String id : ids) {
            s.add(index(a, id));
        }
        return s;
    }

    static int index(Analysis a, String id) {
        CustomerTable t = a.customers();
        for (int i = 0; i < t.size(); i++) {
            if (id.equals(t.customerId(i))) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
