package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderLineAppenderTest {
    @TempDir
    Path dir;

    @Test
    void chunksCompressedBesideTheFillingAreStoredWholeAndInOrder() throws Exception {
        int lines = 3 * OrderLineChunk.CAPACITY + 123;
        try (Project p = Project.create(dir.resolve("p")); OrderLineAppender appender = new OrderLineAppender(p.connection(), 1)) {
            for (int i = 0; i < lines; i++) {
                OrderLineChunk chunk = appender.chunk();
                chunk.add(i, 20_000 + i % 365, 0, i * 0.5, 1, i * 0.5, "O" + i / 3, "P" + i % 7, null, null, null, i);
                if (chunk.isFull()) {
                    appender.handOver();
                }
            }
            appender.flush();
            List<Integer> sizes = new ArrayList<>();
            int[] next = {0};
            new OrderLineStore(p.connection()).scan(EnumSet.allOf(OrderLineStore.Column.class), c -> {
                sizes.add(c.size());
                for (int i = 0; i < c.size(); i++, next[0]++) {
                    int n = next[0];
                    assertEquals(n, c.customerKey(i));
                    assertEquals(n * 0.5, c.amount(i));
                    assertEquals("O" + n / 3, c.orderIds().get(i));
                    assertEquals("P" + n % 7, c.productCodes().get(i));
                    assertEquals(n, c.lineHash(i));
                }
            });
            assertEquals(List.of(OrderLineChunk.CAPACITY, OrderLineChunk.CAPACITY, OrderLineChunk.CAPACITY, 123), sizes);
            assertEquals(lines, next[0]);
        }
    }
}
