package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderLineStoreTest {
    @TempDir
    Path dir;

    @Test
    void chunksComeBackInOrderWithOnlyTheColumnsAskedForAndAFailingConsumerStopsTheScanCleanly() throws Exception {
        try (Project p = Project.create(dir.resolve("p"))) {
            OrderLineStore store = new OrderLineStore(p.connection());
            OrderLineChunk chunk = new OrderLineChunk();
            for (int k = 0; k < 5; k++) {
                for (int i = 0; i < 1000; i++) {
                    chunk.add(k + 1, (int) LocalDate.of(2024, 1, 1).toEpochDay() + i, 0, i, Double.NaN, Double.NaN, "O" + i,
                            i % 2 == 0 ? "P1" : null, null, null, null, i);
                }
                store.append(k + 1, chunk);
                chunk.clear();
            }
            assertEquals(5_000, store.lineCount());
            assertEquals(LocalDate.of(2024, 1, 1).plusDays(999), store.lastDay().orElseThrow());
            List<Integer> keys = new ArrayList<>();
            store.scan(EnumSet.of(OrderLineStore.Column.CUSTOMER_KEY, OrderLineStore.Column.PRODUCT_CODE), c -> {
                keys.add(c.customerKey(0));
                assertEquals("P1", c.productCodes().get(0));
                assertEquals(null, c.productCodes().get(1));
                assertEquals(0, c.orderIds().distinctValues().size(), "not asked for");
            });
            assertEquals(List.of(1, 2, 3, 4, 5), keys);
            for (int round = 0; round < 3; round++) {
                int[] seen = {0};
                assertThrows(SQLException.class, () -> store.scan(EnumSet.of(OrderLineStore.Column.DAY), c -> {
                    if (++seen[0] == 2) {
                        throw new SQLException("stop");
                    }
                }));
                assertEquals(2, seen[0]);
            }
            store.deleteImport(3);
            assertEquals(4_000, store.lineCount(), "the connection is still usable after stopped scans");
        }
    }
}
