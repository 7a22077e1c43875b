package fangrid.analysis;

import fangrid.domain.UsageLevel;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Fills the survey columns of {@link CustomerColumns} from each person's latest answer before the analysis date, and
 * the usage level: observed from purchases, else from the survey. Notes each person's first dated answer, of any
 * date, in the {@link KnownSince} column.
 */
final class SurveyColumns {
    /**
     * Each person's latest answer, those before the analysis date first (and whether it is one), and the date of
     * their first dated answer: one pass over the answers for both.
     */
    private static final String LATEST_ANSWERS = """
            SELECT customer_key, favorability, usage_level, expectation, evaluation, counts, first_day FROM (
                SELECT customer_key, favorability, usage_level, expectation, evaluation,
                       answer_date IS NULL OR answer_date < ? counts,
                       DATEDIFF(DAY, DATE '1970-01-01', MIN(answer_date) OVER (PARTITION BY customer_key)) first_day,
                       ROW_NUMBER() OVER (PARTITION BY customer_key ORDER BY answer_date IS NULL OR answer_date < ? DESC,
                                          answer_date DESC NULLS LAST, answer_id DESC) rn
                FROM survey_answer
            ) a WHERE rn = 1""";

    private final CustomerColumns cols;
    private int disagreements;

    private SurveyColumns(CustomerColumns cols) {
        this.cols = cols;
    }

    /** Fills usage, favorability, respondents, expectation classes and usage disagreements; purchases are summed. */
    static void fill(Connection c, CustomerColumns cols) throws SQLException {
        SurveyColumns s = new SurveyColumns(cols);
        Arrays.fill(cols.favorability, (byte) CustomerColumns.NONE);
        Arrays.fill(cols.expectationClass, (byte) CustomerColumns.NONE);
        for (int i = 0; i < cols.size; i++) {
            UsageLevel observed = cols.frequency[i] > 0 ? UsageLevel.observed(cols.mainOccasions[i], cols.trial[i]) : null;
            cols.usage[i] = (byte) (observed == null ? CustomerColumns.NONE : observed.code());
        }
        try (PreparedStatement p = c.prepareStatement(LATEST_ANSWERS)) {
            p.setObject(1, cols.asOf);
            p.setObject(2, cols.asOf);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    int key = rs.getInt(1);
                    int firstDay = rs.getInt(7);
                    if (!rs.wasNull()) {
                        KnownSince.note(cols.knownSince, key, firstDay);
                    }
                    if (rs.getBoolean(6)) {
                        s.read(rs, key - 1);
                    }
                }
            }
        }
        cols.usageDisagreements = s.disagreements;
    }

    private void read(ResultSet rs, int i) throws SQLException {
        cols.respondent[i] = true;
        int fav = rs.getInt(2);
        cols.favorability[i] = (byte) (rs.wasNull() ? CustomerColumns.NONE : fav);
        int expectation = rs.getInt(4);
        boolean hasExpectation = !rs.wasNull();
        int evaluation = rs.getInt(5);
        if (hasExpectation && !rs.wasNull()) {
            cols.expectationClass[i] = evaluation < expectation ? CustomerColumns.DISSATISFIED
                    : evaluation == expectation ? CustomerColumns.SATISFIED : CustomerColumns.DELIGHTED;
        }
        int answered = rs.getInt(3);
        if (rs.wasNull()) {
            return;
        }
        if (cols.usage[i] == CustomerColumns.NONE && answered <= 2) {
            cols.usage[i] = (byte) answered;
        } else if (cols.usage[i] != answered) {
            disagreements++;
        }
    }
}
