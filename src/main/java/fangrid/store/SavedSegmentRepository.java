package fangrid.store;

import fangrid.domain.Activity;
import fangrid.domain.SavedSegment;
import fangrid.domain.SegmentNameTakenException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.roaringbitmap.RoaringBitmap;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * The project's saved segments: named customer lists with a note and an activity, their members a snapshot of
 * customer keys. Names are unique ignoring case, trimmed, at most {@value #MAX_NAME} characters.
 */
public final class SavedSegmentRepository {
    /** The longest name, in characters (the column's width). */
    public static final int MAX_NAME = 200;
    private static final int DUPLICATE_KEY = 23505;
    private static final String COLUMNS = "segment_id, name, note, activity, definition, analysis_date, customer_count,"
            + " created_at, updated_at";

    private final Connection c;

    SavedSegmentRepository(Connection c) {
        this.c = c;
    }

    /**
     * Saves the customers at {@code members} (indices = customer key − 1) under {@code name}. With {@code overwrite},
     * a segment of that name is replaced (it keeps its id and creation time); without, the name must be free.
     *
     * @param analysisDate the analysis date the members come from, or null
     * @throws SegmentNameTakenException when the name is taken and {@code overwrite} is false
     */
    public SavedSegment save(String name, String note, Activity activity, String definition, LocalDate analysisDate,
            Selection members, boolean overwrite) throws SQLException, SegmentNameTakenException {
        String n = checkedName(name);
        Optional<SavedSegment> existing = find(n);
        if (existing.isPresent() && !overwrite) {
            throw new SegmentNameTakenException(n);
        }
        RoaringBitmap keys = SegmentMembers.keysOf(members);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String sql = existing.isPresent()
                ? "UPDATE saved_segment SET name = ?, note = ?, activity = ?, definition = ?, analysis_date = ?,"
                        + " customer_count = ?, members = ?, updated_at = ? WHERE segment_id = ?"
                : "INSERT INTO saved_segment(name, note, activity, definition, analysis_date, customer_count, members,"
                        + " updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, n);
            p.setString(2, note == null ? "" : note);
            p.setInt(3, activity.number());
            p.setString(4, definition == null ? "" : definition);
            p.setObject(5, analysisDate);
            p.setInt(6, keys.getCardinality());
            p.setBytes(7, SegmentMembers.encode(keys));
            p.setObject(8, now);
            if (existing.isPresent()) {
                p.setLong(9, existing.get().id());
            } else {
                p.setObject(9, now);
            }
            p.executeUpdate();
            if (existing.isPresent()) {
                return get(existing.get().id()).orElseThrow();
            }
            try (ResultSet rs = p.getGeneratedKeys()) {
                rs.next();
                return get(rs.getLong(1)).orElseThrow();
            }
        }
    }

    /** Every saved segment, newest first, without members. */
    public List<SavedSegment> list() throws SQLException {
        List<SavedSegment> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM saved_segment ORDER BY created_at DESC, segment_id DESC")) {
            while (rs.next()) {
                out.add(read(rs));
            }
        }
        return out;
    }

    /** Every saved segment (newest first) with its members, as {@link #members} gives them. */
    public Snapshot snapshot() throws SQLException {
        List<SavedSegment> segments = list();
        Map<Long, Selection> members = new HashMap<>();
        for (SavedSegment s : segments) {
            members.put(s.id(), members(s.id()));
        }
        return new Snapshot(segments, members);
    }

    /** The saved segments and their members by segment id. */
    public record Snapshot(List<SavedSegment> segments, Map<Long, Selection> members) {
    }

    /** The segment with this id, if any. */
    public Optional<SavedSegment> get(long id) throws SQLException {
        return one("segment_id = ?", id);
    }

    /** The segment with this name (ignoring case and surrounding spaces), if any. */
    public Optional<SavedSegment> find(String name) throws SQLException {
        return one("name = ?", name.strip());
    }

    /**
     * The segment's members who are still people of the project, as customer indices (key − 1); empty for an
     * unknown id. Members an undone import removed are skipped.
     */
    public Selection members(long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT members FROM saved_segment WHERE segment_id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    return new BitmapBackedSelection();
                }
                RoaringBitmap keys = RoaringBitmap.and(SegmentMembers.decode(rs.getBytes(1)), SegmentMembers.existingKeys(c));
                return new BitmapBackedSelection(RoaringBitmap.addOffset(keys, -1));
            }
        }
    }

    /**
     * Renames a segment and sets its note and activity; members stay as they are.
     *
     * @return the updated segment, or empty for an unknown id
     * @throws SegmentNameTakenException when another segment has the new name
     */
    public Optional<SavedSegment> update(long id, String name, String note, Activity activity)
            throws SQLException, SegmentNameTakenException {
        String n = checkedName(name);
        try (PreparedStatement p = c.prepareStatement("UPDATE saved_segment SET name = ?, note = ?, activity = ?,"
                + " updated_at = ? WHERE segment_id = ?")) {
            p.setString(1, n);
            p.setString(2, note == null ? "" : note);
            p.setInt(3, activity.number());
            p.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
            p.setLong(5, id);
            p.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == DUPLICATE_KEY) {
                throw new SegmentNameTakenException(n);
            }
            throw e;
        }
        return get(id);
    }

    /** Deletes a segment; false when there was none with this id. */
    public boolean delete(long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM saved_segment WHERE segment_id = ?")) {
            p.setLong(1, id);
            return p.executeUpdate() == 1;
        }
    }

    private Optional<SavedSegment> one(String where, Object value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM saved_segment WHERE " + where)) {
            p.setObject(1, value);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static SavedSegment read(ResultSet rs) throws SQLException {
        return new SavedSegment(rs.getLong(1), rs.getString(2), rs.getString(3), activity(rs.getInt(4)), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getInt(7), instant(rs, 8), instant(rs, 9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Activity activity(int number) {
        for (Activity a : Activity.values()) {
            if (a.number() == number) {
                return a;
            }
        }
        throw new IllegalStateException("saved segment with unknown activity " + number);
    }

    private static String checkedName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new IllegalArgumentException("a segment name must have 1–" + MAX_NAME + " characters");
        }
        return n;
    }
}
