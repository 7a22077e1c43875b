package fangrid.analysis;

import fangrid.domain.DataKind;
import fangrid.store.LazyScan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * When each person became known to the shop, and so the base at the analysis date (DOMAIN.md): the earliest of their
 * first order line (of any kind), their sign-up and their first dated survey answer. The base at date D is the people
 * known before D, the same cut as for transactions and answers: a fact dated D itself is the next analysis's.
 * <p>
 * An undated survey answer does not date anyone: it counts for a person once their dated facts make them known. A
 * person with no dated fact at all (a customers file without sign-up dates, undated answers only) is known at every
 * date, since nothing says they joined later.
 */
final class KnownSince {
    /** The day of a person without any dated fact: before every date. */
    static final int ALWAYS = Integer.MIN_VALUE;
    /** A person no dated fact has been seen for yet, while the columns are built. */
    static final int UNDATED = Integer.MAX_VALUE;

    private KnownSince() {
    }

    /** Notes a fact of customer key {@code customerKey} on epoch day {@code day} in {@code knownSince}. */
    static void note(int[] knownSince, int customerKey, int day) {
        int i = customerKey - 1;
        if (i < knownSince.length && day < knownSince[i]) {
            knownSince[i] = day;
        }
    }

    /**
     * Completes {@code cols.knownSince}, whose order lines before the analysis date and first dated answers are noted,
     * with the sign-ups, and narrows {@code cols.inBase} from the project's people to those known before the analysis
     * date.
     */
    static void fill(Connection c, CustomerColumns cols) throws SQLException {
        int[] since = cols.knownSince;
        if (hasCustomersImport(c)) {
            // only a customers file brings sign-up dates; reading them scans the whole customer table (~1 µs a row)
            LazyScan.rows(c, "SELECT customer_key, DATEDIFF(DAY, DATE '1970-01-01', signup_date) FROM customer"
                    + " WHERE signup_date IS NOT NULL", rs -> note(since, rs.getInt(1), rs.getInt(2)));
        }
        fillWithoutSignups(cols);
    }

    /** As {@link #fill} where no one has a sign-up date. */
    static void fillWithoutSignups(CustomerColumns cols) {
        int[] since = cols.knownSince;
        int asOfDay = (int) cols.asOf.toEpochDay();
        int base = 0;
        for (int i = 0; i < cols.size; i++) {
            if (since[i] == UNDATED) {
                // order lines are noted only before the analysis date: a person with lines has them after it
                since[i] = cols.chunks.mask(i) != 0 ? asOfDay : ALWAYS;
            }
            cols.inBase[i] &= since[i] < asOfDay;
            base += cols.inBase[i] ? 1 : 0;
        }
        cols.base = base;
    }

    private static boolean hasCustomersImport(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM import_log WHERE kind = ? FETCH FIRST ROW ONLY")) {
            p.setString(1, DataKind.CUSTOMERS.id());
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }
}
