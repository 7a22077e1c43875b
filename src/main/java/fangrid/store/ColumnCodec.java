package fangrid.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Packs a chunk's columns into bytes and back: little-endian primitives, compressed with deflate at its fastest
 * level (a third of the size for a few seconds per 20 M lines). Each value starts with its unpacked length.
 */
final class ColumnCodec {
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
    /** Deflate's stored blocks: for random bits, which deflating shrinks by under 1 % at a third of a chunk's packing time. */
    private final Deflater storer = new Deflater(Deflater.NO_COMPRESSION, true);
    private final Inflater inflater = new Inflater(true);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    private final byte[] buffer = new byte[1 << 16];
    private byte[] inflated = new byte[1 << 20];
    private byte[] laidOut = new byte[1 << 20];

    byte[] ints(int[] values, int n) {
        ByteBuffer b = packing(n * 4L);
        b.asIntBuffer().put(values, 0, n);
        return pack(n * 4);
    }

    byte[] longs(long[] values, int n) {
        ByteBuffer b = packing(n * 8L);
        b.asLongBuffer().put(values, 0, n);
        return pack(n * 8);
    }

    /** Hashes, which do not compress: stored as they are, still as a deflate stream that {@link #longs(byte[], int, long[])} reads. */
    byte[] hashes(long[] values, int n) {
        ByteBuffer b = packing(n * 8L);
        b.asLongBuffer().put(values, 0, n);
        return pack(n * 8, storer);
    }

    byte[] doubles(double[] values, int n) {
        ByteBuffer b = packing(n * 8L);
        b.asDoubleBuffer().put(values, 0, n);
        return pack(n * 8);
    }

    byte[] bytes(byte[] values, int n) {
        packing(n).put(values, 0, n);
        return pack(n);
    }

    /** The distinct values (count, then length and UTF-8 of each), then the row references. */
    byte[] strings(StringColumn column) {
        List<byte[]> utf8 = new ArrayList<>(column.values.size());
        long length = 4 + 4L * column.size;
        for (String v : column.values) {
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            utf8.add(b);
            length += 4 + b.length;
        }
        ByteBuffer b = packing(length);
        b.putInt(utf8.size());
        for (byte[] v : utf8) {
            b.putInt(v.length).put(v);
        }
        b.asIntBuffer().put(column.refs, 0, column.size);
        return pack(Math.toIntExact(length));
    }

    /** Decodes into {@code into} (at least n long), which a scan reuses from chunk to chunk. */
    int[] ints(byte[] packed, int n, int[] into) throws DataFormatException {
        unpack(packed).asIntBuffer().get(into, 0, n);
        return into;
    }

    long[] longs(byte[] packed, int n, long[] into) throws DataFormatException {
        unpack(packed).asLongBuffer().get(into, 0, n);
        return into;
    }

    double[] doubles(byte[] packed, int n, double[] into) throws DataFormatException {
        unpack(packed).asDoubleBuffer().get(into, 0, n);
        return into;
    }

    byte[] bytes(byte[] packed, int n, byte[] into) throws DataFormatException {
        unpack(packed).get(into, 0, n);
        return into;
    }

    StringColumn strings(byte[] packed, int n, int[] refs) throws DataFormatException {
        ByteBuffer b = unpack(packed);
        int distinct = b.getInt();
        List<String> values = new ArrayList<>(distinct);
        for (int i = 0; i < distinct; i++) {
            int len = b.getInt();
            values.add(new String(b.array(), b.position(), len, StandardCharsets.UTF_8));
            b.position(b.position() + len);
        }
        b.slice().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(refs, 0, n);
        return new StringColumn(refs, values, n);
    }

    /**
     * The buffer a column is laid out in before {@link #pack}, reused for every column: a new one per column
     * (half a megabyte for 65,536 doubles) is a "humongous" object to G1, and each chunk made several.
     */
    private ByteBuffer packing(long length) {
        if (laidOut.length < length) {
            laidOut = new byte[Math.toIntExact(Math.max(length, 2L * laidOut.length))];
        }
        return ByteBuffer.wrap(laidOut, 0, Math.toIntExact(length)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private byte[] pack(int length) {
        return pack(length, deflater);
    }

    /** Deflates the first {@code length} bytes of the {@link #packing} buffer, after their length. */
    private byte[] pack(int length, Deflater deflater) {
        out.reset();
        out.write(length >>> 24);
        out.write(length >>> 16);
        out.write(length >>> 8);
        out.write(length);
        deflater.reset();
        deflater.setInput(laidOut, 0, length);
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    /** Inflates into one buffer reused for every column (no garbage per chunk), as a little-endian view. */
    private ByteBuffer unpack(byte[] packed) throws DataFormatException {
        int length = (packed[0] & 0xff) << 24 | (packed[1] & 0xff) << 16 | (packed[2] & 0xff) << 8 | packed[3] & 0xff;
        if (inflated.length < length) {
            inflated = new byte[Math.max(length, inflated.length * 2)];
        }
        inflater.reset();
        inflater.setInput(packed, 4, packed.length - 4);
        int done = 0;
        while (done < length) {
            int n = inflater.inflate(inflated, done, length - done);
            if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                throw new DataFormatException("a stored column is shorter than its header says");
            }
            done += n;
        }
        return ByteBuffer.wrap(inflated, 0, length).order(ByteOrder.LITTLE_ENDIAN);
    }
}
