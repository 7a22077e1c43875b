package fangrid.analysis;

import fangrid.domain.UsageLevel;
import fangrid.store.LazyScan;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Fills the survey columns of {@link CustomerColumns} from each person's latest answer before the analysis date (the
 * latest date, then the latest answer; an undated answer only without a dated one), and the usage level: observed from
 * purchases, else from the survey. Notes each person's first dated answer, of any date, in the {@link KnownSince}
 * column.
 * <p>
 * One streamed pass over the answers in answer order, choosing in memory: a window function (ROW_NUMBER over each
 * person's answers) took about ten times as long as the pass, for 500,000 answers.
 */
final class SurveyColumns {
    private static final String ANSWERS = "SELECT customer_key, DATEDIFF(DAY, DATE '1970-01-01', answer_date), favorability,"
            + " usage_level, expectation, evaluation FROM survey_answer ORDER BY answer_id";
    /** {@link #chosen} of a person without an answer that counts. */
    private static final int NO_ANSWER = Integer.MIN_VALUE;
    /** {@link #chosen} of an undated answer: after no answer, before every dated one. */
    private static final int UNDATED = Integer.MIN_VALUE + 1;

    private final CustomerColumns cols;
    private final int asOfDay;
    /** The day of each person's answer chosen so far. */
    private final int[] chosen;
    /** Its usage answer, NONE where it has none. */
    private final byte[] answeredUsage;

    private SurveyColumns(CustomerColumns cols) {
        this.cols = cols;
        this.asOfDay = (int) cols.asOf.toEpochDay();
        this.chosen = new int[cols.size];
        this.answeredUsage = new byte[cols.size];
        Arrays.fill(chosen, NO_ANSWER);
    }

    /** Fills usage, favorability, respondents, expectation classes and usage disagreements; purchases are summed. */
    static void fill(Connection c, CustomerColumns cols) throws SQLException {
        SurveyColumns s = new SurveyColumns(cols);
        LazyScan.rows(c, ANSWERS, s::answer);
        s.usage();
    }

    /** As {@link #fill} where there are no answers: the usage observed from purchases alone. */
    static void fillWithoutAnswers(CustomerColumns cols) {
        new SurveyColumns(cols).usage();
    }

    private void answer(ResultSet rs) throws SQLException {
        int key = rs.getInt(1);
        int day = rs.getInt(2);
        boolean dated = !rs.wasNull();
        if (dated) {
            KnownSince.note(cols.knownSince, key, day);
        }
        int i = key - 1;
        int rank = dated ? day : UNDATED;
        // a later answer of the same day wins: the rows come in answer order
        if (i >= cols.size || dated && day >= asOfDay || rank < chosen[i]) {
            return;
        }
        chosen[i] = rank;
        int fav = rs.getInt(3);
        cols.favorability[i] = (byte) (rs.wasNull() ? CustomerColumns.NONE : fav);
        int answered = rs.getInt(4);
        answeredUsage[i] = (byte) (rs.wasNull() ? CustomerColumns.NONE : answered);
        int expectation = rs.getInt(5);
        boolean hasExpectation = !rs.wasNull();
        int evaluation = rs.getInt(6);
        cols.expectationClass[i] = !hasExpectation || rs.wasNull() ? CustomerColumns.NONE
                : evaluation < expectation ? CustomerColumns.DISSATISFIED
                : evaluation == expectation ? CustomerColumns.SATISFIED : CustomerColumns.DELIGHTED;
    }

    /** The observed usage, else a non-buyer's answer (levels 0–2); counts the buyers whose answer disagrees. */
    private void usage() {
        int disagreements = 0;
        for (int i = 0; i < cols.size; i++) {
            UsageLevel observed = cols.frequency[i] > 0 ? UsageLevel.observed(cols.mainOccasions[i], cols.trial[i]) : null;
            byte usage = (byte) (observed == null ? CustomerColumns.NONE : observed.code());
            cols.respondent[i] = chosen[i] != NO_ANSWER;
            if (!cols.respondent[i]) {
                cols.favorability[i] = (byte) CustomerColumns.NONE;
                cols.expectationClass[i] = (byte) CustomerColumns.NONE;
            } else if (answeredUsage[i] != CustomerColumns.NONE) {
                if (usage == CustomerColumns.NONE && answeredUsage[i] <= 2) {
                    usage = answeredUsage[i];
                } else if (usage != answeredUsage[i]) {
                    disagreements++;
                }
            }
            cols.usage[i] = usage;
        }
        cols.usageDisagreements = disagreements;
    }
}
