package fangrid.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.BadRow;
import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.DateRange;
import fangrid.domain.DecimalMark;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportReport;
import fangrid.importer.read.TableReader;
import fangrid.store.Project;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that were once stored as something they are not (a European amount as 1.23456, a return as a sale, a NUL
 * inside an id, the year 9999 as a purchase date): each is bad input, naming file, row and column, and nothing is
 * imported.
 */
class BadValuesImportTest {
    private static final int GOOD_ROWS = 30;

    @TempDir
    Path dir;

    private final ImportService imports = new ImportService();

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2024-01-07,\"1.234,56\"|金額",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2024-01-07,\"12,50\"|金額",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2024-01-07,▲-500|金額",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2024-01-07,100d|金額",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2024-01-07,0x1p10|金額",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2024-01-07,1円2|金額",
        "transactions|会員番号,受注日,数量,単価|K1,2024-01-05,1,100|K2,2024-01-07,2,\"1,5\"|単価",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K\\u00002,2024-01-07,500|会員番号",
        "transactions|会員番号,受注日,金額,受注番号|K1,2024-01-05,1000,A1|K2,2024-01-07,500,A\\u001b2|受注番号",
        "transactions|会員番号,受注日,金額,商品コード|K1,2024-01-05,1000,P1|K2,2024-01-07,500,P\\u00002|商品コード",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2024-01-07 \\u0000,500|受注日",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,9999-12-31,500|受注日",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,2099/1/1,500|受注日",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,1899-12-30,500|受注日",
        "transactions|会員番号,受注日,金額|K1,2024-01-05,1000|K2,99999,500|受注日",
        "customers|会員番号,生年月日,登録日|C1,1980-01-01,2024-01-01|C\\u00072,1981-01-01,2024-01-01|会員番号",
        "customers|会員番号,生年月日,登録日|C1,1980-01-01,2024-01-01|C2,1850-01-01,2024-01-01|生年月日",
        "customers|会員番号,生年月日,登録日|C1,1980-01-01,2024-01-01|C2,1981-01-01,2999-01-01|登録日",
        "survey|会員番号,好感度,回答日|S1,7,2024-01-05|S\\u00002,6,2024-01-05|会員番号",
        "survey|会員番号,好感度,回答日|S1,7,2024-01-05|S2,6,2100-01-01|回答日",
        "catalog|商品コード,役割|P1,本製品|P\\u00002,その他|商品コード",
    })
    void aValueThatWouldBeMisreadIsBadInputNamingRowAndColumn(String kind, String header, String good, String bad,
                                                             String column) throws Exception {
        // enough good rows that one control character is no sign of a binary file
        Path file = Files.writeString(dir.resolve("x.csv"), header + "\n" + (good + "\n").repeat(GOOD_ROWS)
                + unescape(bad) + "\n", StandardCharsets.UTF_8);
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> imports.importFile(p, file, DataKind.valueOf(kind.toUpperCase())));
            assertTrue(e.getMessage().startsWith("x.csv, row " + (GOOD_ROWS + 2) + ", column " + column + ": "), e.getMessage());
            assertEquals(0, p.imports().all().size());
            assertEquals(0, p.customerCount());
        }
    }

    @ParameterizedTest
    @CsvSource({"2024-06-30,", "2024-07-01,a date after today (2024-06-30)", "1900-01-01,", "1899-12-31,a date before 1900"})
    void datesAreTakenFrom1900ToTodayByTheClock(String date, String problem) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2024-06-30T20:00:00Z"), ZoneOffset.UTC);
        Path file = Files.writeString(dir.resolve("d.csv"), "会員番号,受注日,金額\nK1,2024-01-05,100\nK2," + date + ",200\n",
                StandardCharsets.UTF_8);
        TableReader reader = TableReader.open(file);
        ColumnMapping m = MappingProposal.of(reader, DataKind.TRANSACTIONS).mapping().withDateRange(DateRange.upToToday(clock));
        try (Project p = Project.create(dir.resolve("p"))) {
            if (problem == null) {
                assertEquals(2, imports.importFile(p, file, DataKind.TRANSACTIONS, reader, m, false, ImportProgress.NONE)
                        .rowsImported());
            } else {
                ImportException e = assertThrows(ImportException.class,
                        () -> imports.importFile(p, file, DataKind.TRANSACTIONS, reader, m, false, ImportProgress.NONE));
                assertTrue(e.getMessage().startsWith("d.csv, row 3, column 受注日: " + problem + ": \"" + date + "\""),
                        e.getMessage());
            }
        }
    }

    @Test
    void datesOutsideTheRangeAreImportedWhenAcceptedAndListedInTheReport() throws Exception {
        Path file = Files.writeString(dir.resolve("d.csv"), "会員番号,受注日,金額\nK1,2024-01-05,100\nK2,9999-12-31,200\n"
                + "K2,9999-12-31,300\nK3,1899-12-30,5\n", StandardCharsets.UTF_8);
        TableReader reader = TableReader.open(file);
        ColumnMapping m = MappingProposal.of(reader, DataKind.TRANSACTIONS).mapping();
        m = m.withDateRange(m.dateRange().acceptingOutside(true));
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportReport r = imports.importFile(p, file, DataKind.TRANSACTIONS, reader, m, false, ImportProgress.NONE);
            assertEquals(4, r.rowsImported());
            assertEquals(3, r.datesOutsideRangeCount());
            assertEquals(List.of(3L, 4L, 5L), r.datesOutsideRange().stream().map(BadRow::row).toList());
            assertEquals("row 5, column 受注日: date 1899-12-30, before 1900", r.datesOutsideRange().get(2).describe());
            assertTrue(p.imports().all().get(0).mapping().endsWith("(dates after today or before 1900 accepted)"));
        }
    }

    @Test
    void aDecimalCommaIsForTextFilesNotForAWorkbooksStoredNumbers() throws Exception {
        Path survey = TestProjects.sampleDataDir().resolve("survey.xlsx");
        TableReader reader = TableReader.open(survey);
        ColumnMapping m = MappingProposal.of(reader, DataKind.SURVEY).mapping().withDecimalMark(DecimalMark.COMMA);
        try (Project p = Project.create(dir.resolve("p"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> imports.importFile(p, survey, DataKind.SURVEY, reader, m, false, ImportProgress.NONE));
            assertTrue(e.getMessage().contains("decimal comma applies to text files"), e.getMessage());
            assertEquals(0, p.imports().all().size());
        }
    }

    /** {@code \\u0000} in the table stands for the character, which the table itself cannot hold. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }
}
