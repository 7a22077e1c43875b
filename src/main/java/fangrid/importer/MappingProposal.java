package fangrid.importer;

import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.DateOrder;
import fangrid.domain.FavorabilityScale;
import fangrid.domain.Field;
import fangrid.domain.ImportException;
import fangrid.importer.parse.DateOrderDetector;
import fangrid.importer.parse.ValueParsers;
import fangrid.importer.read.TableReader;
import java.util.List;

/**
 * A proposed mapping for a file: columns from the header names; the date order and the favorability scale from
 * the first rows' values.
 *
 * @param mapping       the proposal
 * @param hasDates      whether the file writes dates day and month before the year (3/4/2024), so order matters
 * @param dateAmbiguous whether the sampled dates fit both day-first and month-first (month first is then assumed)
 */
public record MappingProposal(ColumnMapping mapping, boolean hasDates, boolean dateAmbiguous) {
    /** Rows sampled to decide the date order. */
    static final int SAMPLE_ROWS = 10_000;
    private static final List<Field> DATE_FIELDS = List.of(Field.DATE, Field.ANSWER_DATE, Field.SIGNUP_DATE, Field.BIRTH_DATE);

    /** How the dates are read, e.g. {@code month first (detected)}. */
    public String describeDateOrder() {
        return (mapping.dateOrder() == DateOrder.DAY_FIRST ? "day first" : "month first")
                + (dateAmbiguous ? " (assumed: the dates fit both orders)" : " (detected)");
    }

    /** Proposes a mapping of {@code reader}'s columns for a file of {@code kind}. */
    public static MappingProposal of(TableReader reader, DataKind kind) throws ImportException {
        ColumnMapping m = ColumnMapping.propose(kind, reader.header());
        List<Integer> dateColumns = DATE_FIELDS.stream().map(m::column).filter(c -> c >= 0).toList();
        int favColumn = m.column(Field.FAVORABILITY);
        if (dateColumns.isEmpty() && favColumn < 0) {
            return new MappingProposal(m, false, false);
        }
        DateOrderDetector detector = new DateOrderDetector();
        Sample seen = new Sample();
        try {
            reader.rows((row, cells) -> {
                for (int c : dateColumns) {
                    detector.add(c < cells.length ? cells[c] : null);
                }
                if (favColumn >= 0 && favColumn < cells.length) {
                    Double v = ValueParsers.number(cells[favColumn]);
                    if (v != null) {
                        seen.maxAnswer = Math.max(seen.maxAnswer, v.intValue());
                        seen.zero |= v == 0;
                    }
                }
                if (++seen.rows >= SAMPLE_ROWS) {
                    throw new EnoughRows();
                }
            });
        } catch (EnoughRows enough) {
            // sampled enough
        }
        if (favColumn >= 0) {
            m = m.withFavorabilityScale(FavorabilityScale.guess(m.columnName(Field.FAVORABILITY), seen.maxAnswer, seen.zero));
        }
        return new MappingProposal(m.withDateOrder(detector.result()), detector.relevant(), detector.ambiguous());
    }

    /** What the sampled rows showed of the favorability answers. */
    private static final class Sample {
        int rows;
        int maxAnswer = Integer.MIN_VALUE;
        boolean zero;
    }

    private static final class EnoughRows extends ImportException {
        private static final long serialVersionUID = 1L;

        EnoughRows() {
            super("sample complete");
        }
    }
}
