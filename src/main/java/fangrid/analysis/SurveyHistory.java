package fangrid.analysis;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;

/** Every survey answer before an analysis date as columns (customer index, day, favorability), in answer order. */
final class SurveyHistory {
    /** {@link #day} of an answer without a date: before every dated one, as in the latest-answer rule. */
    static final int UNDATED = Integer.MIN_VALUE + 1;

    int size;
    int[] customer = new int[1024];
    int[] day = new int[1024];
    byte[] favorability = new byte[1024];

    static SurveyHistory read(Connection c, LocalDate asOf) throws SQLException {
        SurveyHistory h = new SurveyHistory();
        try (PreparedStatement p = c.prepareStatement("SELECT customer_key, answer_date, favorability FROM survey_answer"
                + " WHERE answer_date IS NULL OR answer_date < ? ORDER BY answer_id")) {
            p.setObject(1, asOf);
            p.setFetchSize(10_000);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    LocalDate d = rs.getObject(2, LocalDate.class);
                    int f = rs.getInt(3);
                    h.add(rs.getInt(1) - 1, d == null ? UNDATED : (int) d.toEpochDay(), rs.wasNull() ? CustomerColumns.NONE : f);
                }
            }
        }
        return h;
    }

    private void add(int customerIndex, int epochDay, int fav) {
        if (size == customer.length) {
            customer = Arrays.copyOf(customer, size * 2);
            day = Arrays.copyOf(day, size * 2);
            favorability = Arrays.copyOf(favorability, size * 2);
        }
        customer[size] = customerIndex;
        day[size] = epochDay;
        favorability[size++] = (byte) fav;
    }
}
