package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.TestProjects;
import fangrid.analysis.predict.HoldoutCheck;
import fangrid.analysis.predict.ModelKind;
import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ProjectException;
import fangrid.domain.ReadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session's holdout check on CDNOW_sample: the actual purchases are the file's, the buckets hold everyone. */
class HoldoutCheckTest {
    @TempDir
    Path dir;

    @Test
    void cdnowSampleHoldoutFromOctoberCountsTheFilesPurchaseDaysAfterIt() throws Exception {
        List<String> rows = Files.readAllLines(TestProjects.sharedData("cdnow/CDNOW_sample.txt"));
        List<String> lines = new ArrayList<>(List.of("master customer_id date number_of_cds dollar_value"));
        lines.addAll(rows);
        Path file = Files.write(dir.resolve("sample.txt"), lines);
        // counted from the file: distinct customer and day from 1997-10-01 on (every first purchase is in early 1997)
        Set<String> after = new HashSet<>();
        for (String row : rows) {
            String[] f = row.trim().split("\\s+");
            if (f[2].compareTo("19971001") >= 0) {
                after.add(f[1] + " " + f[2]);
            }
        }
        try (ProjectSession s = ProjectSession.createEmpty(dir.resolve("p"))) {
            s.importFile(file, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            assertEquals(LocalDate.of(1998, 7, 1), s.analysis().asOf());
            HoldoutCheck h = s.holdout(ModelKind.BGNBD, 273);
            assertEquals(LocalDate.of(1997, 10, 1), h.cutoff());
            assertEquals(2_357, IntStream.of(h.customers()).sum());
            assertEquals(after.size(), h.totals()[0], 1e-6);
            assertTrue(h.totals()[1] > 0.7 * after.size() && h.totals()[1] < 1.3 * after.size(),
                    "BG/NBD on CDNOW tracks the holdout within 30 %: " + h.totals()[1] + " vs " + after.size());
            assertTrue(h.predicted()[7] > h.predicted()[0], "frequent buyers are expected to buy more");
            ProjectException tooLong = assertThrows(ProjectException.class, () -> s.holdout(ModelKind.BGNBD, 600));
            assertTrue(tooLong.getMessage().contains("Choose a shorter period"), tooLong.getMessage());
        }
    }
}
