package fangrid.importer.write;

import fangrid.store.LazyScan;
import fangrid.store.StringIntMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Turns customer ids into the project's integer keys, adding people the project does not know yet. People are
 * matched on the normalised id ({@link ValueParsers#id}); a new person's row also keeps the id as the file wrote it
 * ({@link ValueParsers#sourceId}) where that differs, for display and export.
 */
public final class CustomerKeys implements AutoCloseable {
    private static final int BATCH = 5_000;
    /** Every line looks its customer up, millions of them: a map made for it (keys are handed out from 1). */
    private final StringIntMap keys = new StringIntMap(1 << 16);
    private final PreparedStatement insert;
    private int next;
    /** The previous line's customer: an order's lines come together, so most lookups are this one. */
    private String lastId;
    private int lastKey;
    private int pending;
    /** The highest key when this import began: keys above it are people this import brings. */
    private final int knownBefore;
    /** Which of those already have their row written (by {@link #storeIfNew}). */
    private final BitSet stored = new BitSet();
    /** Without a project: each stored person's id as the file wrote it, by key − 1 ({@link #inMemory}). */
    private String[] shownIds;
    private int highestStored;

    /** Keys for the people of the project on {@code c}. */
    public CustomerKeys(Connection c) throws SQLException {
        LazyScan.rows(c, "SELECT customer_id, customer_key FROM customer", rs -> {
            keys.put(rs.getString(1), rs.getInt(2));
            next = Math.max(next, rs.getInt(2));
        });
        knownBefore = next;
        insert = c.prepareStatement("INSERT INTO customer(customer_key, customer_id, source_id, import_id) VALUES (?, ?, ?, ?)");
    }

    private CustomerKeys() {
        knownBefore = 0;
        insert = null;
        shownIds = new String[1 << 12];
    }

    /**
     * Keys for a file's people kept in memory, with no project ({@code analyze --input}): each person stored is
     * remembered as {@link #shownIds} instead of being written as a row.
     */
    public static CustomerKeys inMemory() {
        return new CustomerKeys();
    }

    /**
     * The key of {@code customerId}, created (and remembered as coming from {@code importId}, written as
     * {@code sourceId}) if new.
     */
    int keyOf(String customerId, String sourceId, long importId) throws SQLException {
        int key = claimForLine(customerId);
        storeIfNew(key, customerId, sourceId, importId);
        return key;
    }

    /** Whether the project (or this import so far) already has this person. */
    boolean isKnown(String customerId) {
        return keys.get(customerId) != StringIntMap.ABSENT;
    }

    /**
     * The key of {@code customerId}, allocated if new, checking the previous id first (an order's lines come together).
     * For order lines this runs on the import's reading thread, which then alone uses the map. The writing thread writes a new person's row with {@link #storeIfNew}
     * once one of their lines is imported, so a person whose every line is rejected is not added.
     */
    int claimForLine(String customerId) {
        if (customerId.equals(lastId)) {
            return lastKey;
        }
        lastKey = claim(customerId);
        lastId = customerId;
        return lastKey;
    }

    /**
     * On the writing thread: writes the row of a person {@link #claimForLine} allocated, the first time only, with
     * the id as the file wrote it ({@code sourceId}).
     */
    void storeIfNew(int key, String customerId, String sourceId, long importId) throws SQLException {
        if (key <= knownBefore || stored.get(key - knownBefore)) {
            return;
        }
        stored.set(key - knownBefore);
        if (insert == null) {
            remember(key, customerId, sourceId);
            return;
        }
        insert.setInt(1, key);
        insert.setString(2, customerId);
        insert.setString(3, sourceIfDifferent(customerId, sourceId));
        insert.setLong(4, importId);
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    private void remember(int key, String customerId, String sourceId) {
        if (key > shownIds.length) {
            shownIds = Arrays.copyOf(shownIds, Math.max(key, shownIds.length * 2));
        }
        String source = sourceIfDifferent(customerId, sourceId);
        shownIds[key - 1] = source == null ? customerId : source;
        highestStored = Math.max(highestStored, key);
    }

    /**
     * Of keys {@link #inMemory}: each person's id as shown (as the file wrote it), by key − 1 up to the highest key
     * stored, null where a key is no person (all their lines were rejected) — what a project's
     * {@link fangrid.store.CustomerIds} would hold.
     */
    public String[] shownIds() {
        return Arrays.copyOf(shownIds, highestStored);
    }

    /** The key of {@code customerId}, allocated but not inserted if new: the caller writes the row itself. */
    int claim(String customerId) {
        int k = keys.get(customerId);
        if (k == StringIntMap.ABSENT) {
            k = ++next;
            keys.put(customerId, k);
        }
        return k;
    }

    /** What {@code customer.source_id} holds: the id as written, or null when it is the normalised id itself. */
    static String sourceIfDifferent(String customerId, String sourceId) {
        return sourceId == null || sourceId.equals(customerId) ? null : sourceId;
    }

    /** Stores the people added since the last flush. */
    public void flush() throws SQLException {
        if (insert != null && pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        if (insert != null) {
            insert.close();
        }
    }
}
