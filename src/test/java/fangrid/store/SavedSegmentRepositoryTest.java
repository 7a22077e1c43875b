package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.Activity;
import fangrid.domain.DataKind;
import fangrid.domain.ImportReport;
import fangrid.domain.SavedSegment;
import fangrid.domain.SegmentNameTakenException;
import fangrid.importer.ImportService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

class SavedSegmentRepositoryTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 4, 1);

    @TempDir
    Path dir;

    private static Project withPeople(Path dir, int n) throws Exception {
        Project p = Project.create(dir.resolve("p"));
        try (Statement s = p.connection().createStatement()) {
            for (int k = 1; k <= n; k++) {
                s.execute("INSERT INTO customer(customer_key, customer_id) VALUES (" + k + ", 'C" + k + "')");
            }
        }
        return p;
    }

    @Test
    void savesListsNewestFirstAndLoadsMembersAsIndicesAfterReopening() throws Exception {
        long loyal;
        try (Project p = withPeople(dir, 5)) {
            SavedSegmentRepository r = p.segments();
            SavedSegment first = r.save("At risk", "call before June", Activity.STOP_AT_RISK, "R2F1+R2F2", AS_OF,
                    Selection.with(0, 2, 4), false);
            assertEquals(3, first.customerCount());
            assertEquals(first.created(), first.updated());
            loyal = r.save(" Loyal ", null, Activity.KEEP_LOYAL, "R1F3", null, Selection.with(1), false).id();
            assertEquals(List.of("Loyal", "At risk"), r.list().stream().map(SavedSegment::name).toList());
        }
        try (Project p = Project.open(dir.resolve("p"))) {
            SavedSegmentRepository r = p.segments();
            SavedSegment atRisk = r.find("AT RISK").orElseThrow();
            assertEquals(new SavedSegment(atRisk.id(), "At risk", "call before June", Activity.STOP_AT_RISK, "R2F1+R2F2",
                    AS_OF, 3, atRisk.created(), atRisk.updated()), atRisk);
            assertArrayEquals(new int[] {0, 2, 4}, r.members(atRisk.id()).toArray());
            SavedSegment l = r.get(loyal).orElseThrow();
            assertEquals("", l.note());
            assertEquals(null, l.analysisDate());
            assertArrayEquals(new int[] {1}, r.members(loyal).toArray());
            assertTrue(r.members(9999).isEmpty());
        }
    }

    @Test
    void aTakenNameIsRefusedUnlessOverwriteWhichReplacesTheSegmentInPlace() throws Exception {
        try (Project p = withPeople(dir, 4)) {
            SavedSegmentRepository r = p.segments();
            SavedSegment old = r.save("VIP", "n", Activity.KEEP_LOYAL, "R1F3", AS_OF, Selection.with(0, 1), false);
            assertThrows(SegmentNameTakenException.class,
                    () -> r.save("vip", "x", Activity.GROW_NEW_CUSTOMERS, "R1F1", AS_OF, Selection.with(3), false));
            SavedSegment replaced = r.save("vip", "new note", Activity.GROW_NEW_CUSTOMERS, "R1F1", AS_OF.plusDays(1),
                    Selection.with(2, 3), true);
            assertEquals(old.id(), replaced.id());
            assertEquals(old.created(), replaced.created());
            assertEquals("vip", replaced.name());
            assertEquals(List.of("new note", "R1F1"), List.of(replaced.note(), replaced.definition()));
            assertEquals(1, r.list().size());
            assertArrayEquals(new int[] {2, 3}, r.members(old.id()).toArray());
            assertThrows(IllegalArgumentException.class, () -> r.save("  ", "", Activity.KEEP_LOYAL, "", null, Selection.with(0), false));
        }
    }

    @Test
    void renamesUpdatesNoteAndActivityAndDeletes() throws Exception {
        try (Project p = withPeople(dir, 3)) {
            SavedSegmentRepository r = p.segments();
            SavedSegment a = r.save("A", "", Activity.KEEP_LOYAL, "R1F3", AS_OF, Selection.with(0), false);
            r.save("B", "", Activity.KEEP_LOYAL, "R2F3", AS_OF, Selection.with(1), false);
            SavedSegment renamed = r.update(a.id(), "A2", "mail in May", Activity.STOP_AT_RISK).orElseThrow();
            assertEquals(List.of("A2", "mail in May", Activity.STOP_AT_RISK), List.of(renamed.name(), renamed.note(), renamed.activity()));
            assertFalse(renamed.updated().isBefore(a.updated()));
            assertThrows(SegmentNameTakenException.class, () -> r.update(a.id(), "b", "", Activity.KEEP_LOYAL));
            assertArrayEquals(new int[] {0}, r.members(a.id()).toArray(), "members untouched");
            assertTrue(r.delete(a.id()));
            assertFalse(r.delete(a.id()));
            assertEquals(List.of("B"), r.list().stream().map(SavedSegment::name).toList());
            assertTrue(r.update(a.id(), "X", "", Activity.KEEP_LOYAL).isEmpty());
        }
    }

    @Test
    void membersWhoAreNoLongerPeopleAreSkipped() throws Exception {
        try (Project p = withPeople(dir, 3)) {
            long id = p.segments().save("S", "", Activity.KEEP_LOYAL, "", AS_OF, Selection.with(0, 1, 2), false).id();
            try (Statement s = p.connection().createStatement()) {
                s.execute("DELETE FROM customer WHERE customer_key = 2");
            }
            assertArrayEquals(new int[] {0, 2}, p.segments().members(id).toArray());
        }
    }

    @Test
    void undoingAnImportTakesItsPeopleOutOfSavedSegmentsSoReusedKeysDoNotJoinThem() throws Exception {
        ImportService imports = new ImportService();
        try (Project p = Project.create(dir.resolve("p"))) {
            Path orders = Files.writeString(dir.resolve("orders.csv"), "会員番号,受注日,金額\nA,2024/01/05,100\nB,2024/01/06,50\n");
            Path more = Files.writeString(dir.resolve("more.csv"), "会員番号,受注日,金額\nC,2024/02/05,100\nD,2024/02/06,50\n");
            imports.importFile(p, orders, DataKind.TRANSACTIONS);
            ImportReport second = imports.importFile(p, more, DataKind.TRANSACTIONS);
            String[] ids = CustomerIds.load(p.connection());
            Selection everyone = Selection.withRange(0, ids.length);
            long id = p.segments().save("all", "", Activity.KEEP_LOYAL, "", AS_OF, everyone, false).id();

            assertEquals(2, new ImportUndo(p.connection()).undo(second.importId()));
            assertEquals(2, p.segments().get(id).orElseThrow().customerCount());
            assertEquals(List.of("A", "B"), ids(p, id));

            imports.importFile(p, Files.writeString(dir.resolve("new.csv"), "会員番号,受注日,金額\nE,2024/03/05,100\n"),
                    DataKind.TRANSACTIONS);
            assertEquals(3, CustomerIds.load(p.connection()).length, "E got C's key back");
            assertEquals(List.of("A", "B"), ids(p, id), "E never joins a segment saved before it came");
        }
    }

    private static List<String> ids(Project p, long segment) throws Exception {
        String[] ids = CustomerIds.load(p.connection());
        return Arrays.stream(p.segments().members(segment).toArray()).mapToObj(i -> ids[i]).toList();
    }
}
