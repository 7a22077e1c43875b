package fangrid.analysis;

import fangrid.domain.UsageLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;

/** The survey columns of {@link CustomerColumns}: each person's latest answer before the analysis date. */
final class SurveyColumns {
    private static final String LATEST_ANSWERS = """
            SELECT customer_key, favorability, usage_level, expectation, evaluation FROM (
                SELECT customer_key, favorability, usage_level, expectation, evaluation,
                       ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY answer_date DESC NULLS LAST, answer_id DESC) rn
                FROM survey_answer WHERE answer_date IS NULL OR answer_date < ?
            ) a WHERE rn = 1""";

    final byte[] usage;
    final byte[] favorability;
    final boolean[] respondent;
    final byte[] expectationClass;
    int disagreements;

    /**
     * @param frequency    purchase occasions per customer
     * @param mainOccasions occasions with a main-product line, per customer
     * @param trial        whether a customer's occasions include a trial product
     */
    SurveyColumns(Connection c, LocalDate asOf, int[] frequency, int[] mainOccasions, boolean[] trial) throws SQLException {
        int size = frequency.length;
        usage = new byte[size];
        favorability = new byte[size];
        respondent = new boolean[size];
        expectationClass = new byte[size];
        Arrays.fill(favorability, (byte) CustomerColumns.NONE);
        Arrays.fill(expectationClass, (byte) CustomerColumns.NONE);
        for (int i = 0; i < size; i++) {
            UsageLevel observed = frequency[i] > 0 ? UsageLevel.observed(mainOccasions[i], trial[i]) : null;
            usage[i] = (byte) (observed == null ? CustomerColumns.NONE : observed.code());
        }
        try (PreparedStatement p = c.prepareStatement(LATEST_ANSWERS)) {
            p.setObject(1, asOf);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    read(rs, rs.getInt(1) - 1);
                }
            }
        }
    }

    private void read(ResultSet rs, int i) throws SQLException {
        respondent[i] = true;
        int fav = rs.getInt(2);
        favorability[i] = (byte) (rs.wasNull() ? CustomerColumns.NONE : fav);
        int expectation = rs.getInt(4);
        boolean hasExpectation = !rs.wasNull();
        int evaluation = rs.getInt(5);
        if (hasExpectation && !rs.wasNull()) {
            expectationClass[i] = evaluation < expectation ? CustomerColumns.DISSATISFIED
                    : evaluation == expectation ? CustomerColumns.SATISFIED : CustomerColumns.DELIGHTED;
        }
        int answered = rs.getInt(3);
        if (rs.wasNull()) {
            return;
        }
        if (usage[i] == CustomerColumns.NONE && answered <= 2) {
            usage[i] = (byte) answered;
        } else if (usage[i] != answered) {
            disagreements++;
        }
    }
}
