package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Columns of several chunks come back from their packed copy exactly, under their own key only. */
class CustomerColumnCopyTest {
    @TempDir
    Path dir;

    @Test
    void columnsOfMoreThanTwoChunksOfEveryKindReadBackBitForBit() throws Exception {
        int n = 2 * CustomerColumnCopy.CHUNK + 5;
        SplittableRandom random = new SplittableRandom(7);
        int[] ints = random.ints(n).toArray();
        long[] longs = random.longs(n).toArray();
        double[] doubles = random.doubles(n).map(d -> d < 0.1 ? Double.NaN : d < 0.2 ? -0.0 : d * 1e6).toArray();
        byte[] bytes = new byte[n];
        boolean[] flags = new boolean[n];
        for (int i = 0; i < n; i++) {
            bytes[i] = (byte) random.nextInt(256);
            flags[i] = random.nextBoolean();
        }
        try (Project p = Project.create(dir.resolve("p"))) {
            Connection c = p.connection();
            CustomerColumnCopy.write(c, "key", new long[] {3, -1}, List.of(ints, longs, doubles, bytes, flags));
            assertTrue(CustomerColumnCopy.find(c, "other key").isEmpty());
            CustomerColumnCopy.Found found = CustomerColumnCopy.find(c, "key").orElseThrow();
            assertEquals(n, found.size());
            assertArrayEquals(new long[] {3, -1}, found.scalars());

            int[] ints2 = new int[n];
            long[] longs2 = new long[n];
            double[] doubles2 = new double[n];
            byte[] bytes2 = new byte[n];
            boolean[] flags2 = new boolean[n];
            assertTrue(CustomerColumnCopy.read(c, List.of(ints2, longs2, doubles2, bytes2, flags2), n));
            assertArrayEquals(ints, ints2);
            assertArrayEquals(longs, longs2);
            assertArrayEquals(Arrays.stream(doubles).mapToLong(Double::doubleToRawLongBits).toArray(),
                    Arrays.stream(doubles2).mapToLong(Double::doubleToRawLongBits).toArray());
            assertArrayEquals(bytes, bytes2);
            assertArrayEquals(flags, flags2);

            CustomerColumnCopy.forget(c);
            assertTrue(CustomerColumnCopy.find(c, "key").isEmpty());
        }
    }

    @Test
    void aCopyIsNotWrittenInsideTheCallersTransaction() throws Exception {
        try (Project p = Project.create(dir.resolve("p"))) {
            Connection c = p.connection();
            c.setAutoCommit(false);
            CustomerColumnCopy.write(c, "key", new long[0], List.of(new int[] {1, 2}));
            c.commit();
            c.setAutoCommit(true);
            assertTrue(CustomerColumnCopy.find(c, "key").isEmpty());
        }
    }
}
