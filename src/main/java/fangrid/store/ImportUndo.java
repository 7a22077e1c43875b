package fangrid.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.BitSet;
import java.util.EnumSet;
import org.roaringbitmap.RoaringBitmap;

/**
 * Takes back one completed import, in one transaction: its transactions, survey answers, customer summary and catalog
 * entries,
 * the profiles it set, and the people who are left with nothing (no transactions, answers, summary or profile).
 * A profile an undone customers import overwrote is not brought back: the person keeps no profile. The people
 * removed also leave every saved segment, as their keys may be handed out again.
 */
public final class ImportUndo {
    private static final String[] CLEAR = {
        "DELETE FROM survey_answer WHERE import_id = ?",
        "DELETE FROM customer_summary WHERE import_id = ?",
        "DELETE FROM product WHERE import_id = ?",
        "UPDATE customer SET name = NULL, email = NULL, phone = NULL, prefecture = NULL, gender = NULL,"
                + " birth_date = NULL, signup_date = NULL, channel = NULL, profile_import_id = NULL"
                + " WHERE profile_import_id = ?",
        "DELETE FROM import_log WHERE import_id = ?",
    };

    private final Connection c;

    public ImportUndo(Connection c) {
        this.c = c;
    }

    /** Undoes import {@code id}; returns how many people left the project with it. */
    public int undo(long id) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            new OrderLineStore(c).deleteImport(id);
            for (String sql : CLEAR) {
                try (PreparedStatement p = c.prepareStatement(sql)) {
                    p.setLong(1, id);
                    p.executeUpdate();
                }
            }
            int removed = removePeopleLeftWithNothing();
            c.commit();
            return removed;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private int removePeopleLeftWithNothing() throws SQLException {
        BitSet referenced = new BitSet();
        new OrderLineStore(c).scan(EnumSet.of(OrderLineStore.Column.CUSTOMER_KEY), chunk -> {
            for (int i = 0; i < chunk.size(); i++) {
                referenced.set(chunk.customerKey(i));
            }
        });
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT DISTINCT customer_key FROM survey_answer"
                + " UNION SELECT customer_key FROM customer_summary")) {
            while (rs.next()) {
                referenced.set(rs.getInt(1));
            }
        }
        RoaringBitmap removed = new RoaringBitmap();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT customer_key FROM customer WHERE profile_import_id IS NULL");
             PreparedStatement delete = c.prepareStatement("DELETE FROM customer WHERE customer_key = ?")) {
            while (rs.next()) {
                int key = rs.getInt(1);
                if (!referenced.get(key)) {
                    delete.setInt(1, key);
                    delete.addBatch();
                    removed.add(key);
                }
            }
            delete.executeBatch();
        }
        SegmentMembers.forget(c, removed);
        PlanRepository.forget(c, removed);
        CustomerIds.forget(c);
        CustomerColumnCopy.forget(c);
        return removed.getCardinality();
    }
}
