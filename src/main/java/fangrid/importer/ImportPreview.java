package fangrid.importer;

import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.Favorability;
import fangrid.domain.FavorabilityScale;
import fangrid.domain.Field;
import fangrid.domain.ImportException;
import fangrid.domain.PreviewRow;
import fangrid.domain.PreviewRow.Cell;
import fangrid.domain.PreviewRow.Problem;
import fangrid.domain.ProductRole;
import fangrid.domain.UsageLevel;
import fangrid.importer.parse.ValueParsers;
import fangrid.importer.read.TableReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The first rows of a file as the import will read them: each mapped field parsed, problems marked. */
public final class ImportPreview {
    /** The fields in which a control character is bad input, as the import has it. */
    private static final Set<Field> IDS_AND_DATES = EnumSet.of(Field.CUSTOMER_ID, Field.ORDER_ID, Field.PRODUCT_CODE,
            Field.DATE, Field.ANSWER_DATE, Field.BIRTH_DATE, Field.SIGNUP_DATE);
    private ImportPreview() {
    }

    /** Reads the first {@code limit} data rows of {@code reader} and parses each mapped field of {@code kind}. */
    public static List<PreviewRow> of(TableReader reader, DataKind kind, ColumnMapping mapping, int limit) throws ImportException {
        List<PreviewRow> rows = new ArrayList<>();
        try {
            reader.rows((rowNumber, cells) -> {
                Map<Field, Cell> parsed = new EnumMap<>(Field.class);
                for (Field f : Field.of(kind)) {
                    int col = mapping.column(f);
                    if (col >= 0) {
                        parsed.put(f, parse(f, col < cells.length ? cells[col] : "", mapping));
                    }
                }
                rows.add(new PreviewRow(rowNumber, parsed));
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
        if (IDS_AND_DATES.contains(f) && ValueParsers.controlCharacter(text) >= 0) {
            return new Cell(text, Problem.CONTROL_CHARACTER);
        }
        return switch (f) {
            case DATE, ANSWER_DATE, BIRTH_DATE, SIGNUP_DATE -> {
                LocalDate d = ValueParsers.date(text, mapping.dateOrder());
                String outside = d == null || mapping.dateRange().outsideAccepted() ? null : mapping.dateRange().outside(d);
                yield d == null ? new Cell(text, Problem.NOT_A_DATE)
                        : new Cell(d.toString(), outside == null ? null : Problem.DATE_OUTSIDE_RANGE);
            }
            case AMOUNT, QUANTITY, UNIT_PRICE, EXPECTATION, EVALUATION -> {
                Double v = ValueParsers.number(text, mapping.decimalMark());
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
