package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.BadRow;
import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportRecord;
import fangrid.domain.ImportReport;
import fangrid.domain.SkipReason;
import fangrid.importer.read.TableReader;
import fangrid.store.OrderLineStore;
import fangrid.store.Project;
import fangrid.store.StoredLines;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportServiceTest {
    @TempDir
    Path dir;

    private final ImportService imports = new ImportService();

    private static long count(Project p, String sql) throws Exception {
        try (Statement s = p.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void theSampleShopImportsWholeAndIsLogged() throws Exception {
        try (Project p = TestProjects.sampleProject(dir)) {
            List<ImportRecord> log = p.imports().all();
            assertEquals(List.of("catalog", "customers", "transactions", "survey"),
                    log.stream().map(ImportRecord::kind).toList());
            for (ImportRecord r : log) {
                assertEquals(r.rowsRead(), r.rowsImported(), r.fileName() + " has no bad rows");
                assertEquals(64, r.sha256().length());
            }
            // sample-data/README.md: 3,600 members; 8,111 order lines and 214 return lines netting 44,682,930 yen;
            // 18 products (one main, one trial), each ordered; 1,491 survey answers
            assertEquals(3_600, count(p, "SELECT COUNT(*) FROM customer"));
            List<StoredLines.Line> lines = StoredLines.all(p);
            assertEquals(8_325, lines.size());
            assertEquals(8_325, log.get(2).rowsImported());
            assertEquals(8_111, lines.stream().filter(l -> l.kind() == 0).count(), "order lines");
            assertEquals(214, lines.stream().filter(l -> l.kind() == 2).count(), "return lines are recognised");
            assertEquals(44_682_930, lines.stream().mapToDouble(StoredLines.Line::amount).sum(), 1e-6);
            assertEquals(-850_990, lines.stream().filter(l -> l.kind() == 2).mapToDouble(StoredLines.Line::amount).sum(), 1e-6,
                    "returns are stored negative");
            assertEquals(List.of(1L, 1L, 16L), List.of(count(p, "SELECT COUNT(*) FROM product WHERE role = 0"),
                    count(p, "SELECT COUNT(*) FROM product WHERE role = 1"), count(p, "SELECT COUNT(*) FROM product WHERE role = 2")),
                    "one main product, one trial set, 16 others");
            assertEquals(1_491, count(p, "SELECT COUNT(*) FROM survey_answer"));
            Set<String> names = lines.stream().map(StoredLines.Line::productName).collect(Collectors.toSet());
            assertEquals(18, names.size());
            assertTrue(names.containsAll(List.of("髙麗人参茶 ティーバッグ 20包（㈱髙橋製茶）", "薬用入浴剤アソート（①ゆず ②ひのき ③ラベンダー）",
                    "和漢ハーブティー詰合せ Ⅱ ギフト箱", "ハンドクリーム 30g (無香料, ミニサイズ)", "ルミナ \"Premium\" ギフトセット 化粧箱入")),
                    "windows-31j characters, a comma and quotes survive: " + names);
        }
    }

    @Test
    void aBadValueStopsTheImportNamingFileRowAndColumnAndChangesNothing() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"),
                "受注番号,会員番号,受注日,小計\n1,A,2024/01/05,1000\n2,B,2024/13/45,2000\n", StandardCharsets.UTF_8);
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportException e = assertThrows(ImportException.class, () -> imports.importFile(p, f, DataKind.TRANSACTIONS));
            assertEquals("orders.csv, row 3, column 受注日: not a date: \"2024/13/45\"", e.getMessage());
            assertEquals(0, StoredLines.all(p).size());
            assertEquals(0, count(p, "SELECT COUNT(*) FROM customer"));
            assertEquals(0, count(p, "SELECT COUNT(*) FROM import_log"));
        }
    }

    @Test
    void aLargeImportThatFailsAfterCommittedBatchesLeavesNothingBehind() throws Exception {
        StringBuilder csv = new StringBuilder("会員番号,受注日,金額\n");
        for (int i = 0; i < 25_000; i++) {
            csv.append("M").append(i).append(",2024/01/05,100\n");
        }
        csv.append("X,2024/01/05,oops\n");
        Path f = Files.writeString(dir.resolve("big.csv"), csv, StandardCharsets.UTF_8);
        try (Project p = Project.create(dir.resolve("p"))) {
            assertThrows(ImportException.class, () -> imports.importFile(p, f, DataKind.TRANSACTIONS));
            assertEquals(0, StoredLines.all(p).size());
            assertEquals(0, count(p, "SELECT COUNT(*) FROM customer"));
            assertEquals(0, count(p, "SELECT COUNT(*) FROM import_log"));
        }
    }

    @Test
    void anImportInterruptedByAKilledAppIsRemovedWhenTheProjectIsNextOpened() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"), "会員番号,受注日,金額\nA,2024/01/05,100\n");
        try (Project p = Project.create(dir.resolve("p"))) {
            imports.importFile(p, f, DataKind.TRANSACTIONS);
            try (Statement s = p.connection().createStatement()) {
                // What a kill between two batch commits leaves: a log line never marked complete, with its rows.
                s.execute("INSERT INTO import_log(kind, file_name, file_size, sha256, imported_at, mapping, rows_read,"
                        + " rows_imported, rows_skipped) VALUES ('transactions', 'half.csv', 1, 'x', CURRENT_TIMESTAMP, '', 0, 0, 0)");
                s.execute("INSERT INTO customer(customer_key, customer_id, import_id) VALUES (2, 'B', 2)");
            }
            StoredLines.insert(p, 2, 2, LocalDate.of(2024, 1, 6), 5);
        }
        try (Project p = Project.open(dir.resolve("p"))) {
            assertEquals(List.of("orders.csv"), p.imports().all().stream().map(ImportRecord::fileName).toList());
            assertEquals(1, StoredLines.all(p).size());
            assertEquals(1, count(p, "SELECT COUNT(*) FROM customer"));
        }
    }

    @Test
    void overlappingExportsAddOnlyTheLinesTheProjectLacksWhileRepeatsWithinAFileAreKept() throws Exception {
        String header = "受注番号,会員番号,受注日,商品コード,数量,小計\n";
        Path march = Files.writeString(dir.resolve("march.csv"), header
                + "1,A,2024/03/01,P1,1,100\n2,B,2024/03/30,P2,1,200\n2,B,2024/03/30,P2,1,200\n");
        Path april = Files.writeString(dir.resolve("april.csv"), header
                + "2,B,2024/03/30,P2,1,200\n2,B,2024/03/30,P2,1,200\n2,B,2024/03/30,P2,1,200\n3,C,2024/04/02,P1,2,200\n");
        try (Project p = Project.create(dir.resolve("p"))) {
            assertEquals(3, imports.importFile(p, march, DataKind.TRANSACTIONS).rowsImported(), "a repeated line stays");
            ImportReport r = imports.importFile(p, april, DataKind.TRANSACTIONS);
            assertEquals(2, r.rowsImported(), "the third copy of order 2's line and order 3 are new");
            assertEquals(Map.of(SkipReason.ALREADY_IMPORTED, 2L), r.skipped());
            assertEquals(5, StoredLines.all(p).size());
        }
    }

    @Test
    void aTemporaryProjectStoresTheSameLinesButNoFingerprintsForALaterImportToRecognise() throws Exception {
        Path march = Files.writeString(dir.resolve("march.csv"), "受注番号,会員番号,受注日,商品コード,数量,小計\n"
                + "1,A,2024/03/01,P1,1,100\n2,B,2024/03/30,P2,1,200\n2,B,2024/03/30,P2,1,200\n3,A,2024/03/31,P3,-1,-50\n");
        try (Project kept = Project.create(dir.resolve("kept")); Project temporary = Project.createTemporary(dir.resolve("t"))) {
            assertFalse(kept.isTemporary());
            assertTrue(temporary.isTemporary());
            assertEquals(4, imports.importFile(kept, march, DataKind.TRANSACTIONS).rowsImported());
            assertEquals(4, imports.importFile(temporary, march, DataKind.TRANSACTIONS).rowsImported());
            assertEquals(StoredLines.all(kept), StoredLines.all(temporary));
            assertEquals(List.of(0L, 0L, 0L, 0L), lineHashes(temporary));
            assertFalse(lineHashes(kept).contains(0L));
        }
    }

    private static List<Long> lineHashes(Project p) throws SQLException {
        List<Long> out = new ArrayList<>();
        new OrderLineStore(p.connection()).scan(EnumSet.of(OrderLineStore.Column.LINE_HASH), c -> {
            for (int i = 0; i < c.size(); i++) {
                out.add(c.lineHash(i));
            }
        });
        return out;
    }

    @Test
    void skippingBadRowsImportsTheGoodOnesAndCountsGuestOrdersSeparately() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"),
                "InvoiceNo,CustomerID,InvoiceDate,Amount\n1,13085.0,2024-01-05,10\n2,,2024-01-06,20\n3,C1,someday,5\n",
                StandardCharsets.UTF_8);
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportReport r = imports.importFile(p, f, DataKind.TRANSACTIONS, TableReader.open(f), null, true,
                    ImportProgress.NONE);
            assertEquals(3, r.rowsRead());
            assertEquals(1, r.rowsImported());
            assertEquals(Map.of(SkipReason.NO_CUSTOMER_ID, 1L), r.skipped());
            assertEquals(List.of(new BadRow(4, "InvoiceDate", "not a date: \"someday\"")), r.badRows());
            assertEquals(2, r.rowsSkipped());
            assertEquals(1, count(p, "SELECT COUNT(*) FROM customer WHERE customer_id = '13085'"), "numeric id as text");
            assertEquals(dir.resolve("p-rejected-" + r.importId() + ".csv"), r.rejectedFile());
            assertEquals(List.of("\uFEFFrow,column,reason,InvoiceNo,CustomerID,InvoiceDate,Amount",
                    "4,InvoiceDate,\"not a date: \"\"someday\"\"\",3,C1,someday,5"), Files.readAllLines(r.rejectedFile()));
        }
    }

    @Test
    void theSameFileTwiceIsRefusedWithoutChangingAnything() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"), "会員番号,受注日,金額\nA,2024/01/05,100\n");
        try (Project p = Project.create(dir.resolve("p"))) {
            imports.importFile(p, f, DataKind.TRANSACTIONS);
            Path copy = Files.copy(f, dir.resolve("orders (1).csv"));
            ImportException e = assertThrows(ImportException.class, () -> imports.importFile(p, copy, DataKind.TRANSACTIONS));
            assertTrue(e.getMessage().startsWith("orders (1).csv was already imported (import #1, orders.csv"), e.getMessage());
            assertEquals(1, StoredLines.all(p).size());
            assertEquals(1, p.imports().all().size());
        }
    }

    @Test
    void readsWindows31jUtf16AndTabSeparatedFiles() throws Exception {
        String csv = "会員番号\t受注日\t金額\t商品名\nA\t2024/1/5\t￥1,200\t①髙㈱セット\n";
        Path sjis = Files.write(dir.resolve("sjis.tsv"), csv.getBytes(Charset.forName("windows-31j")));
        Path utf16 = Files.write(dir.resolve("utf16.tsv"), csv.getBytes(StandardCharsets.UTF_16));
        for (Path f : List.of(sjis, utf16)) {
            try (Project p = Project.create(dir.resolve("p-" + f.getFileName()))) {
                imports.importFile(p, f, DataKind.TRANSACTIONS);
                StoredLines.Line line = StoredLines.all(p).get(0);
                assertEquals("①髙㈱セット", line.productName(), f.getFileName().toString());
                assertEquals(1200, line.amount());
            }
        }
    }

    @Test
    void aFileThatIsNotAWorkbookGetsAClearMessage() throws Exception {
        Path f = Files.writeString(dir.resolve("survey.xlsx"), "this is not a workbook");
        ImportException e = assertThrows(ImportException.class, () -> TableReader.open(f));
        assertTrue(e.getMessage().startsWith("survey.xlsx is not a readable .xlsx workbook"), e.getMessage());
    }

    @Test
    void aMissingRequiredColumnIsNamedWithTheWayToMapIt() throws Exception {
        Path f = Files.writeString(dir.resolve("orders.csv"), "会員番号,金額\nA,100\n");
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportException e = assertThrows(ImportException.class, () -> imports.importFile(p, f, DataKind.TRANSACTIONS));
            assertTrue(e.getMessage().contains("no column for date") && e.getMessage().contains("--map date=COLUMN"),
                    e.getMessage());
        }
    }
}
