package fangrid.domain;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Which column of a file feeds which {@link Field}: proposed from the headers, confirmed or changed by the user. */
public final class ColumnMapping {
    private final DataKind kind;
    private final List<String> header;
    private final Map<Field, Integer> columns;
    /** {@link #columns} by field ordinal (−1 = none): every cell of every row is looked up here. */
    private final int[] columnOf;
    private final DateOrder dateOrder;
    private final FavorabilityScale scale;
    /** Answer → favorability level for a scale other than the 7 levels: the scale's table as the user edited it. */
    private final Map<Integer, Integer> levels;
    private final DecimalMark decimalMark;
    private final DateRange dateRange;

    private ColumnMapping(DataKind kind, List<String> header, Map<Field, Integer> columns, DateOrder dateOrder,
                          FavorabilityScale scale, Map<Integer, Integer> levels, DecimalMark decimalMark,
                          DateRange dateRange) {
        this.kind = kind;
        this.header = header;
        this.columns = columns;
        this.columnOf = new int[Field.values().length];
        Arrays.fill(columnOf, -1);
        columns.forEach((f, col) -> columnOf[f.ordinal()] = col);
        this.dateOrder = dateOrder;
        this.scale = scale;
        this.levels = levels;
        this.decimalMark = decimalMark;
        this.dateRange = dateRange;
    }

    /** How the survey's favorability answers are written. */
    public FavorabilityScale favorabilityScale() {
        return scale;
    }

    /** A copy reading favorability answers on {@code s}, with the scale's own value-mapping table. */
    public ColumnMapping withFavorabilityScale(FavorabilityScale s) {
        return new ColumnMapping(kind, header, columns, dateOrder, s, s.table(), decimalMark, dateRange);
    }

    /** The value-mapping table in use, answer → favorability level 1–7, in answer order (empty for the 7 levels). */
    public Map<Integer, Integer> favorabilityTable() {
        return Collections.unmodifiableMap(levels);
    }

    /** A copy in which answer {@code answer} of the scale means favorability {@code level} (1–7). */
    public ColumnMapping withFavorabilityLevel(int answer, int level) {
        if (!levels.containsKey(answer)) {
            throw new IllegalArgumentException(answer + " is not an answer on the " + scale.id() + " scale");
        }
        Favorability.ofCode(level);
        Map<Integer, Integer> t = new TreeMap<>(levels);
        t.put(answer, level);
        return new ColumnMapping(kind, header, columns, dateOrder, scale, t, decimalMark, dateRange);
    }

    /** The favorability an answer means under this mapping, or null if it is not an answer of its scale. */
    public Favorability readFavorability(String answer) {
        return scale.read(answer, levels);
    }

    /** How dates like 3/4/2024 are read in this file. */
    public DateOrder dateOrder() {
        return dateOrder;
    }

    /** A copy reading dates like 3/4/2024 in {@code order}. */
    public ColumnMapping withDateOrder(DateOrder order) {
        return new ColumnMapping(kind, header, columns, order, scale, levels, decimalMark, dateRange);
    }

    /** How the file writes decimals: with a point unless the user says comma. */
    public DecimalMark decimalMark() {
        return decimalMark;
    }

    /** A copy reading numbers with {@code mark} before the decimals. */
    public ColumnMapping withDecimalMark(DecimalMark mark) {
        return new ColumnMapping(kind, header, columns, dateOrder, scale, levels, mark, dateRange);
    }

    /** The dates taken as they are (1900 to today), and whether the user accepts the others. */
    public DateRange dateRange() {
        return dateRange;
    }

    /** A copy with {@code range} as the dates taken as they are. */
    public ColumnMapping withDateRange(DateRange range) {
        return new ColumnMapping(kind, header, columns, dateOrder, scale, levels, decimalMark, range);
    }

    /** Proposes a mapping from the header names: each field takes the first column whose name it knows. */
    public static ColumnMapping propose(DataKind kind, List<String> header) {
        Map<Field, Integer> map = new EnumMap<>(Field.class);
        boolean[] taken = new boolean[header.size()];
        for (Field f : Field.of(kind)) {
            for (String known : f.headers()) {
                int col = indexOf(header, known, taken);
                if (col >= 0) {
                    map.put(f, col);
                    taken[col] = true;
                    break;
                }
            }
        }
        return new ColumnMapping(kind, header, map, DateOrder.MONTH_FIRST, FavorabilityScale.LEVELS, Map.of(),
                DecimalMark.POINT, DateRange.upToToday(Clock.systemDefaultZone()));
    }

    private static int indexOf(List<String> header, String known, boolean[] taken) {
        String k = normalize(known);
        for (int i = 0; i < header.size(); i++) {
            if (!taken[i] && normalize(header.get(i)).equals(k)) {
                return i;
            }
        }
        return -1;
    }

    /** Width, case, underscores and a trailing note in brackets ({@code 金額（税込）}, {@code Amount [JPY]}) do not matter. */
    static String normalize(String header) {
        return Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFKC).strip()
                .replaceAll("\\s*[(\\[【].*[)\\]】]$", "").replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    /** A copy where {@code field} reads the column named {@code columnName}. */
    public ColumnMapping with(Field field, String columnName) throws ImportException {
        int col = header.indexOf(columnName);
        if (col < 0) {
            throw new ImportException("There is no column '" + columnName + "' (columns: " + String.join(", ", header) + ").");
        }
        Map<Field, Integer> map = new EnumMap<>(columns);
        map.put(field, col);
        return new ColumnMapping(kind, header, map, dateOrder, scale, levels, decimalMark, dateRange);
    }

    /** A copy where {@code field} reads no column. */
    public ColumnMapping without(Field field) {
        Map<Field, Integer> map = new EnumMap<>(columns);
        map.remove(field);
        return new ColumnMapping(kind, header, map, dateOrder, scale, levels, decimalMark, dateRange);
    }

    /** The name of the column {@code field} reads, or null. */
    public String columnName(Field field) {
        int col = column(field);
        return col < 0 ? null : header.get(col);
    }

    /** The column index of {@code field}, or -1 when the file has none. */
    public int column(Field field) {
        return columnOf[field.ordinal()];
    }

    /** Fails, naming what is missing, when a required field has no column. */
    public void requireComplete(String fileName) throws ImportException {
        Field missing = firstMissingField();
        if (missing != null) {
            throw new ImportException(fileName + ": no column for " + missing.id() + " (columns: "
                    + String.join(", ", header) + "). Name it with --map " + missing.id() + "=COLUMN.");
        }
        if (lacksAmount()) {
            throw new ImportException(fileName + ": no amount column, nor quantity and unit price to compute it from.");
        }
    }

    /** The first required field without a column, or null. */
    public Field firstMissingField() {
        return Field.of(kind).stream().filter(f -> f.requiredFor(kind) && column(f) < 0).findFirst().orElse(null);
    }

    /** Whether transactions have no amount column, nor quantity and unit price to compute it from. */
    public boolean lacksAmount() {
        return kind == DataKind.TRANSACTIONS && column(Field.AMOUNT) < 0
                && (column(Field.QUANTITY) < 0 || column(Field.UNIT_PRICE) < 0);
    }

    public DataKind kind() {
        return kind;
    }

    /** The mapping as {@code field=column} pairs, as recorded in the import log and printed by the CLI. */
    @Override
    public String toString() {
        String fields = columns.entrySet().stream().map(e -> e.getKey().id() + "=" + header.get(e.getValue()))
                .collect(Collectors.joining(", "));
        String reading = (dateOrder == DateOrder.DAY_FIRST ? " (dates day first)" : "")
                + (decimalMark == DecimalMark.COMMA ? " (decimal comma)" : "")
                + (dateRange.outsideAccepted() ? " (dates after today or before 1900 accepted)" : "");
        String answers = scale == FavorabilityScale.LEVELS ? "" : " (favorability as " + scale.id() + ": "
                + levels.entrySet().stream().map(e -> e.getKey() + "→" + e.getValue()).collect(Collectors.joining(" ")) + ")";
        return fields + reading + answers;
    }
}
