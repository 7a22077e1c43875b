package fangrid.store;

import fangrid.domain.PlanTierLabel;
import fangrid.domain.SalesPlan;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roaringbitmap.IntIterator;
import org.roaringbitmap.RoaringBitmap;

/**
 * The project's six-month plans, one per start date: each tier's name, action, boundary and members (customer keys),
 * and every customer's predicted period sales at the start. Stored apart from the imports, so a new import leaves
 * them as they are; an undone import takes the people it removes out of them (as out of saved segments).
 */
public final class PlanRepository {
    private static final String COLUMNS = "plan_id, start_date, months, margin, method, changed, carried, created_at";

    private final Connection c;

    PlanRepository(Connection c) {
        this.c = c;
    }

    /** A stored plan with its tiering by customer index (key − 1). */
    public record Stored(SalesPlan plan, byte[] tiers, double[] expected) {
    }

    /**
     * Stores a plan, replacing any plan with the same start date, in one transaction.
     *
     * @param tierByIndex     each index's tier (1 = top), 0 for none
     * @param expectedByIndex each index's predicted period sales, NaN where not predicted
     */
    public SalesPlan save(SalesPlan plan, byte[] tierByIndex, double[] expectedByIndex) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (SalesPlan same : list()) {
                if (same.start().equals(plan.start())) {
                    deleteRows(same.id());
                }
            }
            long id;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO sales_plan(start_date, months, margin, method,"
                    + " changed, carried, expected, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                p.setObject(1, plan.start());
                p.setInt(2, plan.months());
                p.setDouble(3, plan.margin());
                p.setString(4, plan.method());
                p.setInt(5, plan.changed());
                p.setInt(6, plan.carried());
                p.setBytes(7, encode(expectedByIndex));
                p.setObject(8, OffsetDateTime.now(ZoneOffset.UTC));
                p.executeUpdate();
                try (ResultSet rs = p.getGeneratedKeys()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            insertTiers(id, plan.tiers(), tierByIndex);
            c.commit();
            return get(id).orElseThrow();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private void insertTiers(long id, List<SalesPlan.Tier> tiers, byte[] tierByIndex) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO sales_plan_tier(plan_id, tier, name_ja, name_en,"
                + " action_ja, action_en, cumulative_share, lowest_expected, customer_count, expected_sales, members)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (SalesPlan.Tier t : tiers) {
                RoaringBitmap keys = new RoaringBitmap();
                for (int i = 0; i < tierByIndex.length; i++) {
                    if (tierByIndex[i] == t.number()) {
                        keys.add(i + 1);
                    }
                }
                PlanTierLabel l = t.label();
                p.setLong(1, id);
                p.setInt(2, t.number());
                p.setString(3, l.nameJa());
                p.setString(4, l.nameEn());
                p.setString(5, l.actionJa());
                p.setString(6, l.actionEn());
                p.setDouble(7, l.cumulativeShare());
                p.setDouble(8, t.lowestExpected());
                p.setInt(9, keys.getCardinality());
                p.setDouble(10, t.expectedSales());
                p.setBytes(11, SegmentMembers.encode(keys));
                p.executeUpdate();
            }
        }
    }

    /** Every plan, latest start first, without members. */
    public List<SalesPlan> list() throws SQLException {
        List<SalesPlan> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM sales_plan ORDER BY start_date DESC")) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** The plan with this id, without members. */
    public Optional<SalesPlan> get(long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM sales_plan WHERE plan_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** The plan with this id and its tiering; customers no longer in the project have none. */
    public Optional<Stored> load(long id) throws SQLException {
        Optional<SalesPlan> plan = get(id);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        RoaringBitmap existing = SegmentMembers.existingKeys(c);
        double[] expected;
        try (PreparedStatement p = c.prepareStatement("SELECT expected FROM sales_plan WHERE plan_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                expected = decode(rs.getBytes(1));
            }
        }
        byte[] tiers = new byte[expected.length];
        try (PreparedStatement p = c.prepareStatement("SELECT tier, members FROM sales_plan_tier WHERE plan_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    RoaringBitmap keys = RoaringBitmap.and(SegmentMembers.decode(rs.getBytes(2)), existing);
                    for (IntIterator it = keys.getIntIterator(); it.hasNext(); ) {
                        int i = it.next() - 1;
                        if (i < tiers.length) {
                            tiers[i] = (byte) rs.getInt(1);
                        }
                    }
                }
            }
        }
        return Optional.of(new Stored(plan.get(), tiers, expected));
    }

    /** Deletes a plan; false when there was none with this id. */
    public boolean delete(long id) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            boolean deleted = deleteRows(id);
            c.commit();
            return deleted;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private boolean deleteRows(long id) throws SQLException {
        try (PreparedStatement t = c.prepareStatement("DELETE FROM sales_plan_tier WHERE plan_id = ?");
             PreparedStatement p = c.prepareStatement("DELETE FROM sales_plan WHERE plan_id = ?")) {
            t.setLong(1, id);
            t.executeUpdate();
            p.setLong(1, id);
            return p.executeUpdate() == 1;
        }
    }

    /**
     * Takes people who left the project out of every plan's tiers, in the caller's transaction: their keys may be
     * handed out again to new people, who must not inherit a tier.
     */
    static void forget(Connection c, RoaringBitmap removedKeys) throws SQLException {
        if (removedKeys.isEmpty()) {
            return;
        }
        Map<long[], RoaringBitmap> kept = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT plan_id, tier, members FROM sales_plan_tier")) {
            while (rs.next()) {
                RoaringBitmap members = SegmentMembers.decode(rs.getBytes(3));
                if (RoaringBitmap.intersects(members, removedKeys)) {
                    kept.put(new long[] {rs.getLong(1), rs.getInt(2)}, RoaringBitmap.andNot(members, removedKeys));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "UPDATE sales_plan_tier SET members = ?, customer_count = ? WHERE plan_id = ? AND tier = ?")) {
            for (Map.Entry<long[], RoaringBitmap> e : kept.entrySet()) {
                p.setBytes(1, SegmentMembers.encode(e.getValue()));
                p.setInt(2, e.getValue().getCardinality());
                p.setLong(3, e.getKey()[0]);
                p.setLong(4, e.getKey()[1]);
                p.executeUpdate();
            }
        }
    }

    private SalesPlan read(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new SalesPlan(id, rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getDouble(4), rs.getString(5),
                tiers(id), rs.getInt(6), rs.getInt(7), rs.getObject(8, OffsetDateTime.class).toInstant());
    }

    private List<SalesPlan.Tier> tiers(long id) throws SQLException {
        List<SalesPlan.Tier> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT tier, name_ja, name_en, action_ja, action_en,"
                + " cumulative_share, lowest_expected, customer_count, expected_sales FROM sales_plan_tier"
                + " WHERE plan_id = ? ORDER BY tier")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.add(new SalesPlan.Tier(rs.getInt(1), new PlanTierLabel(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getDouble(6)), rs.getDouble(7), rs.getInt(8),
                            rs.getDouble(9)));
                }
            }
        }
        return out;
    }

    private static byte[] encode(double[] values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * Float.BYTES);
        for (double v : values) {
            b.putFloat((float) v);
        }
        return b.array();
    }

    private static double[] decode(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        double[] out = new double[bytes.length / Float.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getFloat();
        }
        return out;
    }
}
