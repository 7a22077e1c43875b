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
    private final Inflater inflater = new Inflater(true);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    private final byte[] buffer = new byte[1 << 16];

    byte[] ints(int[] values, int n) {
        ByteBuffer b = buffer(n * 4L);
        b.asIntBuffer().put(values, 0, n);
        return pack(b.array());
    }

    byte[] longs(long[] values, int n) {
        ByteBuffer b = buffer(n * 8L);
        b.asLongBuffer().put(values, 0, n);
        return pack(b.array());
    }

    byte[] doubles(double[] values, int n) {
        ByteBuffer b = buffer(n * 8L);
        b.asDoubleBuffer().put(values, 0, n);
        return pack(b.array());
    }

    byte[] bytes(byte[] values, int n) {
        byte[] copy = new byte[n];
        System.arraycopy(values, 0, copy, 0, n);
        return pack(copy);
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
        ByteBuffer b = buffer(length);
        b.putInt(utf8.size());
        for (byte[] v : utf8) {
            b.putInt(v.length).put(v);
        }
        b.asIntBuffer().put(column.refs, 0, column.size);
        return pack(b.array());
    }

    int[] ints(byte[] packed, int n) throws DataFormatException {
        int[] v = new int[n];
        wrap(unpack(packed)).asIntBuffer().get(v);
        return v;
    }

    long[] longs(byte[] packed, int n) throws DataFormatException {
        long[] v = new long[n];
        wrap(unpack(packed)).asLongBuffer().get(v);
        return v;
    }

    double[] doubles(byte[] packed, int n) throws DataFormatException {
        double[] v = new double[n];
        wrap(unpack(packed)).asDoubleBuffer().get(v);
        return v;
    }

    byte[] bytes(byte[] packed) throws DataFormatException {
        return unpack(packed);
    }

    StringColumn strings(byte[] packed, int n) throws DataFormatException {
        ByteBuffer b = wrap(unpack(packed));
        int distinct = b.getInt();
        List<String> values = new ArrayList<>(distinct);
        for (int i = 0; i < distinct; i++) {
            int len = b.getInt();
            values.add(new String(b.array(), b.position(), len, StandardCharsets.UTF_8));
            b.position(b.position() + len);
        }
        int[] refs = new int[n];
        b.slice().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(refs);
        return new StringColumn(refs, values, n);
    }

    private static ByteBuffer buffer(long length) {
        return ByteBuffer.allocate(Math.toIntExact(length)).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer wrap(byte[] raw) {
        return ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
    }

    private byte[] pack(byte[] raw) {
        out.reset();
        out.write(raw.length >>> 24);
        out.write(raw.length >>> 16);
        out.write(raw.length >>> 8);
        out.write(raw.length);
        deflater.reset();
        deflater.setInput(raw);
        deflater.finish();
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        return out.toByteArray();
    }

    private byte[] unpack(byte[] packed) throws DataFormatException {
        int length = (packed[0] & 0xff) << 24 | (packed[1] & 0xff) << 16 | (packed[2] & 0xff) << 8 | packed[3] & 0xff;
        byte[] raw = new byte[length];
        inflater.reset();
        inflater.setInput(packed, 4, packed.length - 4);
        int done = 0;
        while (done < length) {
            int n = inflater.inflate(raw, done, length - done);
            if (n == 0 && (inflater.finished() || inflater.needsInput())) {
                throw new DataFormatException("a stored column is shorter than its header says");
            }
            done += n;
        }
        return raw;
    }
}
