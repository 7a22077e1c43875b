package fangrid.analysis;

import fangrid.store.CustomerSummaryStore;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Fills the purchase columns of {@link CustomerColumns} from a customer summary (import kind
 * {@code customer-summary}), which another engine aggregated from the shop's order lines exactly as
 * {@link OrderTable}, {@link CustomerSums}, {@link OccasionPatterns}, {@link MainOccasions} and
 * {@link RepeatPurchases} do here: the same columns, read instead of computed. Recencies are counted from the
 * summary's days to the analysis date, which is the summary's own ({@link CustomerColumnsLoader} refuses another).
 */
final class SummaryColumns {
    private SummaryColumns() {
    }

    /** Fills every purchase column of the people with a summary row; the others keep "never bought". */
    static void fill(Connection c, CustomerColumns cols) throws SQLException {
        int asOf = (int) cols.asOf.toEpochDay();
        new CustomerSummaryStore(c).scan(rs -> {
            int i = rs.getInt(1) - 1;
            if (i >= cols.size) {
                return;
            }
            KnownSince.note(cols.knownSince, i + 1, rs.getInt(2));
            int occasions = rs.getInt(3);
            cols.frequency[i] = occasions;
            cols.daysSinceFirst[i] = sinceDay(rs, 4, asOf);
            cols.recencyDays[i] = sinceDay(rs, 5, asOf);
            cols.monetary[i] = rs.getDouble(6);
            cols.items[i] = rs.getDouble(7);
            cols.returnOrders[i] = rs.getInt(8);
            cols.returnAmount[i] = rs.getDouble(9);
            cols.medianInterval[i] = orNaN(rs, 10);
            cols.intervalVariation[i] = orNaN(rs, 11);
            cols.seasonal[i] = rs.getBoolean(12);
            cols.lineCount[i] = rs.getInt(13);
            cols.lineRecencyDays[i] = sinceDay(rs, 14, asOf);
            cols.mainOccasions[i] = rs.getInt(15);
            cols.trial[i] = rs.getBoolean(16);
            int third = rs.getInt(17);
            cols.thirdMainDay[i] = rs.wasNull() ? MainOccasions.NEVER : third;
            cols.purchaseDays[i] = rs.getInt(18);
            cols.firstPurchaseDay[i] = dayOrNone(rs, 19);
            cols.lastPurchaseDay[i] = dayOrNone(rs, 20);
            cols.repeatNet[i] = rs.getDouble(21);
        });
    }

    private static int sinceDay(ResultSet rs, int column, int asOf) throws SQLException {
        int day = rs.getInt(column);
        return rs.wasNull() ? CustomerColumns.NONE : asOf - day;
    }

    private static int dayOrNone(ResultSet rs, int column) throws SQLException {
        int day = rs.getInt(column);
        return rs.wasNull() ? CustomerColumns.NONE : day;
    }

    private static double orNaN(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }
}
