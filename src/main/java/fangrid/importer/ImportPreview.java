package fangrid.importer;

import fangrid.domain.DataKind;
import fangrid.domain.Favorability;
import fangrid.domain.ProductRole;
import fangrid.domain.Translatable;
import fangrid.domain.UsageLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The first rows of a file as the import will read them: each mapped field parsed, problems marked. */
public final class ImportPreview {
    /** One previewed value: the text shown, and what the import would do about it (null: it is read as shown). */
    public record Cell(String text, Problem problem) {
    }

    /** What is wrong with a previewed value; {@link #text()} in English, the dialog words it by its key. */
    public enum Problem implements Translatable {
        NO_CUSTOMER_ID("noCustomerId", "no customer id: the row is skipped"),
        NOT_A_DATE("notADate", "not a date"),
        NOT_A_NUMBER("notANumber", "not a number"),
        NOT_A_FAVORABILITY_LEVEL("notAFavorabilityLevel", "not a favorability level"),
        NOT_A_USAGE_LEVEL("notAUsageLevel", "not a usage level"),
        NOT_A_PRODUCT_ROLE("notAProductRole", "not a product role");

        private final String key;
        private final String text;

        Problem(String key, String text) {
            this.key = key;
            this.text = text;
        }

        public String text() {
            return text;
        }

        @Override
        public String messageKey() {
            return "import.problem." + key;
        }
    }

    /** One previewed row by field. */
    public record Row(long rowNumber, Map<Field, Cell> cells) {
    }

    private ImportPreview() {
    }

    /** Reads the first {@code limit} data rows of {@code reader} and parses each mapped field of {@code kind}. */
    public static List<Row> of(TableReader reader, DataKind kind, ColumnMapping mapping, int limit) throws ImportException {
        List<Row> rows = new ArrayList<>();
        try {
            reader.rows((rowNumber, cells) -> {
                Map<Field, Cell> parsed = new EnumMap<>(Field.class);
                for (Field f : Field.of(kind)) {
                    int col = mapping.column(f);
                    if (col >= 0) {
                        parsed.put(f, parse(f, col < cells.length ? cells[col] : "", mapping));
                    }
                }
                rows.add(new Row(rowNumber, parsed));
                if (rows.size() >= limit) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the preview is full
        }
        return rows;
    }

    static Cell parse(Field f, String raw, ColumnMapping mapping) {
        String text = ValueParsers.text(raw);
        if (text == null) {
            return new Cell("", f == Field.CUSTOMER_ID ? Problem.NO_CUSTOMER_ID : null);
        }
        return switch (f) {
            case DATE, ANSWER_DATE, BIRTH_DATE, SIGNUP_DATE -> {
                LocalDate d = ValueParsers.date(text, mapping.dateOrder());
                yield d == null ? new Cell(text, Problem.NOT_A_DATE) : new Cell(d.toString(), null);
            }
            case AMOUNT, QUANTITY, UNIT_PRICE, EXPECTATION, EVALUATION -> {
                Double v = ValueParsers.number(text);
                yield v == null ? new Cell(text, Problem.NOT_A_NUMBER) : new Cell(formatNumber(v), null);
            }
            case CUSTOMER_ID, ORDER_ID, PRODUCT_CODE -> new Cell(ValueParsers.id(text), null);
            case FAVORABILITY -> {
                Favorability fav = mapping.readFavorability(text);
                if (fav == null) {
                    yield new Cell(text, Problem.NOT_A_FAVORABILITY_LEVEL);
                }
                // on stars or NPS, show which answer became which level
                yield new Cell(fav.code() + (mapping.favorabilityScale() == FavorabilityScale.LEVELS ? " " : " ← ") + text, null);
            }
            case USAGE_LEVEL -> {
                UsageLevel u = UsageLevel.parse(text);
                yield u == null ? new Cell(text, Problem.NOT_A_USAGE_LEVEL) : new Cell(u.code() + " " + text, null);
            }
            case ROLE -> ProductRole.parse(text) == null ? new Cell(text, Problem.NOT_A_PRODUCT_ROLE) : new Cell(text, null);
            default -> new Cell(text, null);
        };
    }

    private static String formatNumber(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static final class Enough extends ImportException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super("preview full");
        }
    }
}
