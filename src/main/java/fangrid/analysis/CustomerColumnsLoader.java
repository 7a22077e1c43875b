package fangrid.analysis;

import fangrid.domain.UsageLevel;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;

/**
 * Builds {@link CustomerColumns} from a project in two grouped passes in H2 (per order, then per customer)
 * and one over the latest survey answers.
 */
public final class CustomerColumnsLoader {
    /**
     * Per order (or, without order ids, per customer and day): its net, whether it has purchase, return, main-product
     * and trial-product rows. An order counts as an occasion when it has purchase rows and is not cancelled by its own
     * returns (net ≤ 0 after them); a free order without returns counts.
     */
    private static final String PER_CUSTOMER = """
            SELECT customer_key,
                   MAX(last_purchase),
                   SUM(counted),
                   SUM(net),
                   SUM(CASE WHEN counted = 1 AND has_main = 1 THEN 1 ELSE 0 END),
                   MAX(CASE WHEN counted = 1 AND has_trial = 1 THEN 1 ELSE 0 END)
            FROM (
                SELECT t.customer_key,
                       MAX(CASE WHEN t.kind = 0 THEN t.txn_date END) AS last_purchase,
                       SUM(CASE WHEN t.kind IN (0, 2) THEN t.amount ELSE 0 END) AS net,
                       CASE WHEN MAX(CASE WHEN t.kind = 0 THEN 1 ELSE 0 END) = 1
                             AND (SUM(CASE WHEN t.kind IN (0, 2) THEN t.amount ELSE 0 END) > 0
                                  OR MAX(CASE WHEN t.kind = 2 THEN 1 ELSE 0 END) = 0)
                            THEN 1 ELSE 0 END AS counted,
                       MAX(CASE WHEN t.kind = 0 AND (p.role IS NULL OR p.role = 0) THEN 1 ELSE 0 END) AS has_main,
                       MAX(CASE WHEN t.kind = 0 AND p.role = 1 THEN 1 ELSE 0 END) AS has_trial
                FROM txn t LEFT JOIN product p ON p.product_code = t.product_code
                WHERE t.txn_date < ? AND t.txn_date >= ?
                GROUP BY t.customer_key, COALESCE(t.order_id, CAST(t.txn_date AS VARCHAR))
            ) o
            GROUP BY customer_key""";

    private static final String LATEST_ANSWERS = """
            SELECT customer_key, favorability, usage_level FROM (
                SELECT customer_key, favorability, usage_level,
                       ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY answer_date DESC NULLS LAST, answer_id DESC) rn
                FROM survey_answer WHERE answer_date IS NULL OR answer_date < ?
            ) a WHERE rn = 1""";

    /** The default analysis date: the day after the latest transaction, empty when there are none. */
    public static Optional<LocalDate> defaultAsOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT MAX(txn_date) FROM txn")) {
            rs.next();
            Date d = rs.getDate(1);
            return d == null ? Optional.empty() : Optional.of(d.toLocalDate().plusDays(1));
        }
    }

    /**
     * @param asOf         analysis date; only transactions before it count
     * @param windowMonths only the last N months before {@code asOf}, or 0 for all history
     */
    public CustomerColumns load(Connection c, LocalDate asOf, int windowMonths) throws SQLException {
        int size = maxKey(c);
        boolean[] exists = new boolean[size];
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT customer_key FROM customer")) {
            while (rs.next()) {
                exists[rs.getInt(1) - 1] = true;
            }
        }
        int[] recency = new int[size];
        int[] frequency = new int[size];
        double[] monetary = new double[size];
        byte[] usage = new byte[size];
        byte[] favorability = new byte[size];
        boolean[] respondent = new boolean[size];
        Arrays.fill(recency, CustomerColumns.NONE);
        Arrays.fill(usage, (byte) CustomerColumns.NONE);
        Arrays.fill(favorability, (byte) CustomerColumns.NONE);
        LocalDate from = windowMonths > 0 ? asOf.minusMonths(windowMonths) : LocalDate.of(1, 1, 1);
        try (PreparedStatement p = c.prepareStatement(PER_CUSTOMER)) {
            p.setObject(1, asOf);
            p.setObject(2, from);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1) - 1;
                    Date last = rs.getDate(2);
                    frequency[i] = rs.getInt(3);
                    monetary[i] = rs.getDouble(4);
                    if (last != null && frequency[i] > 0) {
                        recency[i] = (int) ChronoUnit.DAYS.between(last.toLocalDate(), asOf);
                    }
                    UsageLevel observed = frequency[i] > 0 ? UsageLevel.observed(rs.getInt(5), rs.getInt(6) == 1) : null;
                    usage[i] = (byte) (observed == null ? CustomerColumns.NONE : observed.code());
                }
            }
        }
        int disagreements = 0;
        try (PreparedStatement p = c.prepareStatement(LATEST_ANSWERS)) {
            p.setObject(1, asOf);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int i = rs.getInt(1) - 1;
                    respondent[i] = true;
                    int fav = rs.getInt(2);
                    favorability[i] = (byte) (rs.wasNull() ? CustomerColumns.NONE : fav);
                    int answered = rs.getInt(3);
                    if (rs.wasNull()) {
                        continue;
                    }
                    if (usage[i] == CustomerColumns.NONE && answered <= 2) {
                        usage[i] = (byte) answered;
                    } else if (usage[i] != answered) {
                        disagreements++;
                    }
                }
            }
        }
        return new CustomerColumns(asOf, size, exists, recency, frequency, monetary, usage, favorability, respondent, disagreements);
    }

    private static int maxKey(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(customer_key), 0) FROM customer")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
