package fangrid.export;

import fangrid.analysis.CustomerTable;
import fangrid.domain.GridCell;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes one row per customer of an analysis: the {@code analyze} command's output. */
public final class CustomerCsvWriter {
    public static final String[] HEADER = {"customer_id", "recency_days", "frequency", "monetary", "r_score", "f_score",
        "m_score", "rfm_score", "rfm_segment", "grid_cell", "activity", "decile", "usage_level", "favorability",
        "first_category", "segments"};

    private CustomerCsvWriter() {
    }

    /**
     * @param ids customer ids by index
     * @return the number of customers written
     */
    public static int write(CustomerTable t, String[] ids, Writer out) throws IOException {
        int n = 0;
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').build());
        csv.printRecord((Object[]) HEADER);
        for (int i = 0; i < t.size(); i++) {
            if (!t.exists(i)) {
                continue;
            }
            boolean scored = t.rfmScore(i) > 0;
            GridCell cell = t.gridCell(i);
            csv.printRecord(ids[i], t.recencyDays(i) < 0 ? "" : t.recencyDays(i), t.frequency(i), plain(t.monetary(i)),
                    scored ? t.rScore(i) : "", scored ? t.fScore(i) : "", scored ? t.mScore(i) : "", scored ? t.rfmScore(i) : "",
                    t.rfmSegment(i) == null ? "" : t.rfmSegment(i), cell == null ? "" : cell, t.activity(i),
                    t.decile(i) == 0 ? "" : t.decile(i), t.usageLevel(i) < 0 ? "" : t.usageLevel(i),
                    t.favorability(i) < 0 ? "" : t.favorability(i), t.firstCategory(i), t.segments(i));
            n++;
        }
        csv.flush();
        return n;
    }

    /** A number as written by hand: no exponent, no trailing zeros ({@code 4310}, {@code 12.5}). */
    static String plain(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
