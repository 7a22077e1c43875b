package fangrid.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.domain.DataKind;
import fangrid.importer.ImportService;
import fangrid.project.ProjectSession;
import fangrid.store.Project;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening reads the per-customer columns the project keeps exactly as the column build makes them, and never the
 * columns of other data, another date or another window.
 */
class StoredColumnsTest {
    @TempDir
    Path dir;

    private final AnalysisService service = new AnalysisService();

    @Test
    void keptColumnsReadBackAreTheBuiltOnesBitForBitAndGiveTheSameFigures() throws Exception {
        try (Project p = TestProjects.sampleProject(dir)) {
            Analysis built = service.analyze(p);
            assertTrue(kept(p, built).isEmpty(), "nothing is kept until asked");
            service.keepColumns(p, built);
            Optional<CustomerColumns> kept = kept(p, built);
            assertTrue(kept.isPresent());
            assertSameColumns(built.columns(), kept.get());

            Analysis again = service.analyze(p);
            assertSameColumns(built.columns(), again.columns());
            assertEquals(json(built), json(again));
            for (int i = 0; i < built.columns().size; i++) {
                assertEquals(built.columns().chunks.mask(i), again.columns().chunks.mask(i));
            }
            assertEquals(built.columns().chunks.chunkCount(), again.columns().chunks.chunkCount());
        }
    }

    /**
     * The fingerprint of the sample shop's columns at each {@link StoredColumns#BUILD}: a change to what the column
     * build computes must raise BUILD, or projects would read columns kept by the build before it.
     */
    private static final Map<Integer, String> FINGERPRINTS = Map.of(1,
            "b061b4a667fbe588075d173953a0f32c7b2560ce86aef8f8c5abb1befeefd86b");

    @Test
    void whatTheBuildComputesChangesOnlyWithItsVersion() throws Exception {
        try (Project p = TestProjects.sampleProject(dir)) {
            String fingerprint = fingerprint(service.analyze(p).columns());
            assertEquals(FINGERPRINTS.get(StoredColumns.BUILD), fingerprint, "the sample shop's columns differ from"
                    + " those of build " + StoredColumns.BUILD + ": if the column build computes something else now,"
                    + " raise StoredColumns.BUILD and add this fingerprint for it (if only the sample data changed,"
                    + " replace the current one)");
        }
    }

    private static String fingerprint(CustomerColumns cols) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        ByteBuffer b = ByteBuffer.allocate(8);
        for (Object column : cols.all()) {
            int n = Array.getLength(column);
            for (int i = 0; i < n; i++) {
                b.clear();
                Object v = Array.get(column, i);
                if (v instanceof Double d) {
                    b.putLong(Double.doubleToLongBits(d));
                } else if (v instanceof Boolean flag) {
                    b.putLong(flag ? 1 : 0);
                } else {
                    b.putLong(((Number) v).longValue());
                }
                digest.update(b.array());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void everyColumnOfTheBuildIsKept() throws Exception {
        CustomerColumns cols = new CustomerColumns(LocalDate.of(2024, 1, 1), new boolean[3]);
        List<Object> all = cols.all();
        for (Field f : CustomerColumns.class.getDeclaredFields()) {
            if (!f.getType().isArray() || Modifier.isStatic(f.getModifiers()) || f.getName().equals("lineAmount")) {
                continue;
            }
            Object column = f.get(cols);
            assertTrue(all.stream().anyMatch(c -> c == column), f.getName() + " is not in CustomerColumns.all()");
        }
    }

    @Test
    void anotherImportAnUndoAnotherDateOrWindowAndACategoryDoNotReadTheKeptColumns() throws Exception {
        Path more = Files.writeString(dir.resolve("more.csv"), "会員番号,受注日,金額\nNEW-1,2020/01/05,100\n");
        try (ProjectSession s = ProjectSession.open(sampleFile())) {
            Project p = projectOf(s);
            Analysis first = s.analysis();
            s.keepColumns();
            assertTrue(kept(p, first).isPresent());
            assertFalse(StoredColumns.read(p.connection(), first.asOf(), 6).isPresent(), "another window");
            assertFalse(StoredColumns.read(p.connection(), first.asOf().minusDays(1), 0).isPresent(), "another date");

            String category = s.categories().get(0).name();
            Analysis one = s.analyzeWith(s.settings().withCategory(category));
            assertNotEquals(Arrays.stream(first.columns().monetary).sum(), Arrays.stream(one.columns().monetary).sum(),
                    "a category's analysis builds its own columns");
            service.keepColumns(p, one);
            assertTrue(kept(p, first).isPresent(), "and does not replace the kept ones");

            var report = new ImportService().importFile(p, more, DataKind.TRANSACTIONS);
            assertTrue(kept(p, first).isEmpty(), "after an import the copy is not read");
            Analysis withMore = service.analyze(p);
            assertEquals(first.columns().base + 1, withMore.columns().base, "the new customer counts");
            service.keepColumns(p, withMore);
            assertTrue(kept(p, withMore).isPresent());

            s.undoImport(report.importId());
            assertTrue(kept(p, withMore).isEmpty(), "an undo empties the copy");
            Analysis undone = service.analyze(p);
            assertSameColumns(first.columns(), undone.columns());
        }
    }

    @Test
    void aCopyKeptUnderOtherImportsIsNotRead() throws Exception {
        try (Project p = TestProjects.sampleProject(dir)) {
            Analysis built = service.analyze(p);
            service.keepColumns(p, built);
            try (var st = p.connection().createStatement()) {
                // changed behind the import log's back, as no import does: the copy's key no longer matches
                st.executeUpdate("UPDATE import_log SET rows_imported = rows_imported + 1 WHERE import_id = 1");
            }
            assertTrue(kept(p, built).isEmpty());
        }
    }

    private Path sampleFile() throws Exception {
        try (Project p = TestProjects.sampleProject(dir)) {
            return p.file();
        }
    }

    private static Project projectOf(ProjectSession s) throws Exception {
        Field f = ProjectSession.class.getDeclaredField("project");
        f.setAccessible(true);
        return (Project) f.get(s);
    }

    private static Optional<CustomerColumns> kept(Project p, Analysis a) throws Exception {
        return StoredColumns.read(p.connection(), a.columns().asOf, a.settings().windowMonths());
    }

    private static String json(Analysis a) throws Exception {
        StringWriter out = new StringWriter();
        ProjectSession.writeSummary(a, out);
        return out.toString();
    }

    static void assertSameColumns(CustomerColumns expected, CustomerColumns actual) {
        assertEquals(expected.asOf, actual.asOf);
        assertEquals(expected.size, actual.size);
        assertEquals(expected.base, actual.base);
        assertEquals(expected.usageDisagreements, actual.usageDisagreements);
        assertEquals(expected.fromSummary, actual.fromSummary);
        List<Object> e = expected.all();
        List<Object> a = actual.all();
        for (int k = 0; k < e.size(); k++) {
            Object x = e.get(k);
            Object y = a.get(k);
            String what = "column " + k;
            if (x instanceof double[] d) {
                // bit for bit: NaN and -0.0 as built
                long[] xb = Arrays.stream(d).mapToLong(Double::doubleToRawLongBits).toArray();
                long[] yb = Arrays.stream((double[]) y).mapToLong(Double::doubleToRawLongBits).toArray();
                assertArrayEquals(xb, yb, what);
            } else if (x instanceof int[] i) {
                assertArrayEquals(i, (int[]) y, what);
            } else if (x instanceof long[] l) {
                assertArrayEquals(l, (long[]) y, what);
            } else if (x instanceof byte[] b) {
                assertArrayEquals(b, (byte[]) y, what);
            } else {
                assertArrayEquals((boolean[]) x, (boolean[]) y, what);
            }
        }
    }
}
