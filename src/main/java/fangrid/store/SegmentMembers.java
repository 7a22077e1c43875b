package fangrid.store;

import it.unimi.dsi.fastutil.ints.IntIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.roaringbitmap.RoaringBitmap;
import tech.tablesaw.selection.Selection;

/** A saved segment's members: customer keys as a serialized RoaringBitmap (2 M keys take a few hundred kB at most). */
final class SegmentMembers {
    private SegmentMembers() {
    }

    /** The keys of the customers at {@code indices} (key = index + 1). */
    static RoaringBitmap keysOf(Selection indices) {
        RoaringBitmap keys = new RoaringBitmap();
        for (IntIterator it = indices.iterator(); it.hasNext(); ) {
            keys.add(it.nextInt() + 1);
        }
        return keys;
    }

    static byte[] encode(RoaringBitmap keys) {
        keys.runOptimize();
        ByteBuffer b = ByteBuffer.allocate(keys.serializedSizeInBytes());
        keys.serialize(b);
        return b.array();
    }

    static RoaringBitmap decode(byte[] bytes) {
        RoaringBitmap keys = new RoaringBitmap();
        try {
            keys.deserialize(ByteBuffer.wrap(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("a saved segment's members are damaged", e);
        }
        return keys;
    }

    /** The keys of everyone the project knows now: 1…max without a scan when no import was ever undone. */
    static RoaringBitmap existingKeys(Connection c) throws SQLException {
        RoaringBitmap keys = new RoaringBitmap();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*), COALESCE(MAX(customer_key), 0) FROM customer")) {
                rs.next();
                if (rs.getLong(1) == rs.getLong(2)) {
                    return RoaringBitmap.bitmapOfRange(1, rs.getLong(2) + 1);
                }
            }
            LazyScan.rows(c, "SELECT customer_key FROM customer", rs -> keys.add(rs.getInt(1)));
        }
        return keys;
    }

    /**
     * Takes people who left the project out of every saved segment, in the caller's transaction: their keys may be
     * handed out again to new people, who must not join segments saved before they came.
     */
    static void forget(Connection c, RoaringBitmap removedKeys) throws SQLException {
        if (removedKeys.isEmpty()) {
            return;
        }
        Map<Long, RoaringBitmap> kept = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT segment_id, members FROM saved_segment")) {
            while (rs.next()) {
                RoaringBitmap members = decode(rs.getBytes(2));
                if (RoaringBitmap.intersects(members, removedKeys)) {
                    kept.put(rs.getLong(1), RoaringBitmap.andNot(members, removedKeys));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE saved_segment SET members = ?, customer_count = ? WHERE segment_id = ?")) {
            for (Map.Entry<Long, RoaringBitmap> e : kept.entrySet()) {
                p.setBytes(1, encode(e.getValue()));
                p.setInt(2, e.getValue().getCardinality());
                p.setLong(3, e.getKey());
                p.executeUpdate();
            }
        }
    }
}
