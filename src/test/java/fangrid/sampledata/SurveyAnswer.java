package fangrid.sampledata;

import java.time.LocalDate;

/**
 * One row of the {@code アンケート} sheet of {@code survey.xlsx}.
 *
 * @param customerId   the member number
 * @param answered     the answer day
 * @param favorability the favorability code 1–7, or {@code null} when not answered (未回答)
 * @param usage        the usage code 0–5 as answered (it may disagree with the transactions)
 * @param expectation  the pre-purchase expectation 1–5, or {@code null}
 * @param evaluation   the post-purchase evaluation 1–5, or {@code null}
 * @param comment      a free-text comment, or {@code null}
 */
public record SurveyAnswer(String customerId, LocalDate answered, Integer favorability, int usage,
                           Integer expectation, Integer evaluation, String comment) {
}
