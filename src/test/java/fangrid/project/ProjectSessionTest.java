package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.TimelineEvent;
import fangrid.domain.Activity;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.DataKind;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.GridCell;
import fangrid.domain.GridMode;
import fangrid.domain.GridThresholds;
import fangrid.domain.ImportProgress;
import fangrid.domain.ProjectException;
import fangrid.domain.ReadOptions;
import fangrid.domain.SegmentNameTakenException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

/** The project rules the window and the command line share, exercised without either. */
class ProjectSessionTest {
    private static final String ORDERS = """
            顧客ID,注文番号,購入日,金額
            A,1,2024/01/05,1000
            A,2,2024/03/05,2000
            A,3,2024/05/20,3000
            B,4,2024/05/01,500
            C,5,2023/06/01,700
            """;

    @TempDir
    Path dir;

    @Test
    void createEmptyMakesAProjectWithNothingInItAndRefusesAnExistingFile() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("myshop"))) {
            assertEquals(dir.resolve("myshop.mv.db"), s.file());
            assertEquals("myshop", s.name());
            assertFalse(s.analysis().hasTransactions());
            assertEquals(0, s.analysis().customers().size());
            assertTrue(s.imports().isEmpty());
        }
        assertThrows(ProjectException.class, () -> ProjectSession.createEmpty(dir.resolve("myshop")));
        try (ProjectSession reopened = ProjectSession.open(dir.resolve("myshop.mv.db"))) {
            assertEquals("myshop", reopened.name());
        }
    }

    @Test
    void anImportIsAnalysedAtOnceAndAnUndoTakesItBack() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            var report = s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false,
                    ImportProgress.NONE);
            assertEquals(5, report.rowsImported());
            Analysis a = s.analysis();
            assertEquals(LocalDate.of(2024, 5, 21), a.asOf());
            assertEquals(3, a.grid().buyers());
            assertEquals(1, a.grid().customers(new GridCell(1, 3)), "A: three orders, last one day before");
            assertEquals(1, a.grid().customers(new GridCell(1, 1)), "B: one order 20 days before");
            assertEquals(1, a.grid().customers(new GridCell(3, 1)), "C: one order 355 days before");
            assertEquals(7200.0, a.grid().totalSales(), 1e-9);

            assertEquals(1, s.imports().size());
            s.undoImport(s.imports().get(0).id());
            assertTrue(s.imports().isEmpty());
            assertFalse(s.analysis().hasTransactions());
            assertEquals(0, s.analysis().grid().buyers());
        }
    }

    @Test
    void theRankDownMultipleAndCpmThresholdsAreStoredWithTheProject() throws Exception {
        Path file;
        fangrid.domain.CpmRules cpm = new fangrid.domain.CpmRules(180, 60, 150, 25_000.5);
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            assertEquals(AnalysisSettings.DEFAULT.rankDown(), s.settings().rankDown(), "1.5 until changed");
            assertEquals(new fangrid.domain.CpmRules(240, 90, 210, 70_000), s.settings().cpm(), "LTV-Lab's rules");
            s.updateSettings(s.settings().withRankDown(new fangrid.domain.RankDownRule(2.25)).withCpm(cpm));
            file = s.file();
        }
        try (ProjectSession s = ProjectSession.open(file)) {
            assertEquals(2.25, s.settings().rankDown().k());
            assertEquals(cpm, s.settings().cpm());
        }
    }

    @Test
    void settingsAreStoredWithTheProjectAndUsedWhenItIsOpenedAgain() throws Exception {
        Path file;
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            Analysis narrow = s.updateSettings(AnalysisSettings.DEFAULT.withThresholds(new GridThresholds(10, 30),
                    GridMode.FIXED));
            assertEquals(1, narrow.grid().customers(new GridCell(1, 3)));
            assertEquals(0, narrow.grid().customers(new GridCell(1, 1)), "B's 20 days are R2 with R1 ≤ 10 days");
            assertEquals(1, narrow.grid().customers(new GridCell(2, 1)));
            s.setLanguage("en");
            file = s.file();
        }
        try (ProjectSession s = ProjectSession.open(file)) {
            assertEquals(new GridThresholds(10, 30), s.settings().thresholds());
            assertEquals(1, s.analysis().grid().customers(new GridCell(2, 1)));
            assertEquals("en", s.language());
            Analysis earlier = s.analyzeWith(s.settings().withAsOf(LocalDate.of(2024, 3, 6)));
            assertEquals(LocalDate.of(2024, 3, 6), earlier.asOf());
            assertNull(s.settings().asOf(), "an analysis with other settings stores nothing");
        }
    }

    @Test
    void savedSegmentsAreSavedEditedAndDeleted() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            Analysis a = s.analysis();
            int indexOfA = indexOf(a, "A");
            var saved = s.saveSegment("Loyal", "call them", Activity.KEEP_LOYAL, "R1F3", a, Selection.with(indexOfA),
                    false);
            assertEquals(1, saved.segments().size());
            long id = saved.segments().get(0).id();
            assertEquals(List.of(indexOfA), toList(saved.members().get(id)));

            var everyone = s.saveSegment("All", "", Activity.GROW_NEW_CUSTOMERS, "", a, null, false);
            long allId = everyone.segments().stream().filter(g -> g.name().equals("All")).findFirst().orElseThrow().id();
            assertEquals(3, everyone.members().get(allId).size());

            assertThrows(SegmentNameTakenException.class,
                    () -> s.saveSegment("loyal", "", Activity.GROW_NEW_CUSTOMERS, "", a, null, false));
            var edited = s.editSegment(id, "Best", "new note", Activity.STOP_AT_RISK);
            var best = edited.segments().stream().filter(g -> g.id() == id).findFirst().orElseThrow();
            assertEquals("Best", best.name());
            assertEquals("new note", best.note());
            assertEquals(Activity.STOP_AT_RISK, best.activity());
            assertEquals(List.of(indexOfA), toList(edited.members().get(id)));

            assertEquals(1, s.deleteSegment(id).segments().size());
        }
    }

    @Test
    void timelineTrendAndExportReadTheOpenProject() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("shop"))) {
            s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            Analysis a = s.analysis();
            List<TimelineEvent> events = s.timeline(a, indexOf(a, "A"));
            assertEquals(List.of(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 3, 5), LocalDate.of(2024, 5, 20)),
                    events.stream().map(TimelineEvent::date).toList());
            var trend = s.trend(a, 12);
            assertEquals(12, trend.size());
            assertEquals(a.asOf(), trend.get(trend.size() - 1).asOf());

            Path out = dir.resolve("a.csv");
            var result = s.exportCustomers(a, Selection.with(indexOf(a, "A")), ExportFormat.CSV_UTF8_BOM, out,
                    ResourceBundle.getBundle("fangrid.i18n.messages", Locale.JAPANESE), ExportProgress.NONE);
            assertEquals(1, result.rows());
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            assertEquals(2, lines.size());
            assertTrue(lines.get(0).startsWith("\uFEFF顧客ID,"), "headers in the language asked: " + lines.get(0));
            assertTrue(lines.get(1).startsWith("A,"), lines.get(1));
        }
    }

    @Test
    void aTemporaryProjectIsGoneOnceClosed() throws Exception {
        Path file;
        try (ProjectSession s = ProjectSession.temporary(dir.resolve("input"))) {
            s.importFile(orders(), DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            assertEquals(3, s.analysis().grid().buyers());
            file = s.file();
        }
        Files.delete(file);
        assertFalse(Files.exists(file));
    }

    private Path orders() throws Exception {
        return Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
    }

    private static int indexOf(Analysis a, String id) {
        for (int i = 0; i < a.customers().size(); i++) {
            if (a.customers().inBase(i) && id.equals(a.customerId(i))) {
                return i;
            }
        }
        throw new AssertionError("no customer " + id);
    }

    private static List<Integer> toList(Selection s) {
        return java.util.Arrays.stream(s.toArray()).boxed().toList();
    }

    @Test
    void theHeadlineTargetIsStoredWithTheProjectUntilRemoved() throws Exception {
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("target"))) {
            assertTrue(s.headlineTarget().isEmpty(), "none at first");
            s.setHeadlineTarget(java.util.OptionalDouble.of(0.12));
            assertThrows(IllegalArgumentException.class, () -> s.setHeadlineTarget(java.util.OptionalDouble.of(1.5)));
        }
        try (ProjectSession s = ProjectSession.open(dir.resolve("target.mv.db"))) {
            assertEquals(0.12, s.headlineTarget().getAsDouble(), 1e-12, "kept in the project file");
            s.setHeadlineTarget(java.util.OptionalDouble.empty());
        }
        try (ProjectSession s = ProjectSession.open(dir.resolve("target.mv.db"))) {
            assertTrue(s.headlineTarget().isEmpty(), "removed");
        }
    }
}
