package fangrid.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

class ColumnCodecTest {
    private final ColumnCodec codec = new ColumnCodec();

    @Test
    void everyKindOfColumnComesBackAsItWasPacked() throws Exception {
        int n = 50_000;
        SplittableRandom random = new SplittableRandom(7);
        int[] ints = random.ints(n, 0, 300).toArray();
        long[] hashes = random.longs(n).toArray();
        double[] doubles = random.doubles(n).map(d -> Math.round(d * 10_000) / 100.0).toArray();
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        assertArrayEquals(ints, codec.ints(codec.ints(ints, n), n, new int[n]));
        assertArrayEquals(hashes, codec.longs(codec.longs(hashes, n), n, new long[n]));
        assertArrayEquals(doubles, codec.doubles(codec.doubles(doubles, n), n, new double[n]));
        assertArrayEquals(bytes, codec.bytes(codec.bytes(bytes, n), n, new byte[n]));

        StringColumn names = new StringColumn(n);
        for (int i = 0; i < n; i++) {
            names.add(i % 3 == 0 ? null : "商品 " + i % 500);
        }
        StringColumn back = codec.strings(codec.strings(names), n, new int[n]);
        for (int i = 0; i < n; i++) {
            assertEquals(names.get(i), back.get(i), "row " + i);
        }
    }

    @Test
    void rowsOfSeveralColumnsReadFromAStreamLargerThanTheBufferComeBackAsPacked() throws Exception {
        int n = 65_536;
        SplittableRandom random = new SplittableRandom(11);
        // random longs and doubles hardly compress: about 4 MB packed, more than the codec's first buffer (1 MB)
        List<Object> columns = List.of(random.ints(n).toArray(), random.longs(n).toArray(),
                random.doubles(n).toArray(), random.longs(n).toArray(), random.doubles(n).toArray(),
                random.doubles(n).toArray(), random.longs(n).toArray(), random.doubles(n).toArray(), new boolean[n],
                new byte[n]);
        ((boolean[]) columns.get(8))[n - 1] = true;
        byte[] packed = new ColumnCodec().rows(columns, 0, n);
        assertTrue(packed.length > 2 << 20, "packed " + packed.length + " bytes");
        List<Object> back = List.of(new int[n + 5], new long[n + 5], new double[n + 5], new long[n + 5],
                new double[n + 5], new double[n + 5], new long[n + 5], new double[n + 5], new boolean[n + 5],
                new byte[n + 5]);
        codec.rows(new ByteArrayInputStream(packed), back, 5, n);
        for (int k = 0; k < columns.size(); k++) {
            Object expected = columns.get(k);
            int length = java.lang.reflect.Array.getLength(expected);
            for (int i = 0; i < length; i++) {
                assertEquals(java.lang.reflect.Array.get(expected, i), java.lang.reflect.Array.get(back.get(k), i + 5),
                        "column " + k + " row " + i);
            }
        }
    }

    @Test
    void repeatingValuesShrinkAndRandomOnesGrowByLittle() {
        int n = 65_536;
        long[] runs = new long[n];
        for (int i = 0; i < n; i++) {
            runs[i] = i / 10;
        }
        assertTrue(codec.longs(runs, n).length < 8 * n / 4, "an order's hash repeats over its lines");
        long[] hashes = new SplittableRandom(3).longs(n).toArray();
        assertTrue(codec.longs(hashes, n).length < 8 * n * 1.01, "line hashes do not compress");
    }

    @Test
    void columnsDeflatedBeforeSchemaVersionSixAreStillRead() throws Exception {
        int n = 10_000;
        long[] hashes = new SplittableRandom(11).longs(n).toArray();
        ByteBuffer laidOut = ByteBuffer.allocate(8 * n).order(ByteOrder.LITTLE_ENDIAN);
        laidOut.asLongBuffer().put(hashes);
        // as FanGrid wrote them: deflate at its fastest, and stored blocks for line hashes
        for (int level : new int[] {Deflater.BEST_SPEED, Deflater.NO_COMPRESSION}) {
            byte[] legacy = deflated(laidOut.array(), level);
            assertEquals(0, legacy[0] & 0x80, "no LZ4 mark");
            assertArrayEquals(hashes, codec.longs(legacy, n, new long[n]));
        }
        assertEquals(0x80, codec.longs(hashes, n)[0] & 0x80, "written now: marked as LZ4");
    }

    @Test
    void aDamagedColumnIsReportedNotMisread() {
        int n = 20_000;
        int[] ints = new SplittableRandom(5).ints(n, 0, 50).toArray();
        byte[] packed = codec.ints(ints, n);
        byte[] cut = Arrays.copyOf(packed, packed.length / 2);
        assertThrows(DataFormatException.class, () -> codec.ints(cut, n, new int[n]));
        byte[] scrambled = packed.clone();
        for (int i = 4; i < scrambled.length; i += 3) {
            scrambled[i] = (byte) 0xff;
        }
        assertThrows(DataFormatException.class, () -> codec.ints(scrambled, n, new int[n]));
    }

    private static byte[] deflated(byte[] raw, int level) {
        Deflater d = new Deflater(level, true);
        d.setInput(raw);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4).putInt(raw.length).array());
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        return out.toByteArray();
    }
}
