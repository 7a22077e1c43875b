package fangrid.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The first-category KPI at monthly analysis dates before an analysis's own, from its columns and the survey's
 * history, one pass per date instead of a rebuild: the base at date T is the people known before T
 * ({@link KnownSince}), a customer has usage 5 at T when their third main-product occasion ({@link MainOccasions}) is
 * before T, and their favorability is that of their latest answer before T.
 * <p>
 * Occasions are those the analysis date sees: an order cancelled by later returns does not count at earlier dates
 * either. With an analysis window (last N months) earlier dates see only the purchases inside that window, so the
 * trend is exact with all history (the default).
 */
final class FirstCategoryTrend {
    private final CustomerColumns c;
    private final SurveyHistory answers;
    private final int[] latestDay;
    private final byte[] favorability;

    FirstCategoryTrend(CustomerColumns c, SurveyHistory answers) {
        this.c = c;
        this.answers = answers;
        this.latestDay = new int[c.size];
        this.favorability = new byte[c.size];
    }

    /**
     * The analysis date itself and the first days of the months before it (each covering up to a month's end):
     * {@code months} dates in all, oldest first.
     */
    static List<LocalDate> dates(LocalDate asOf, int months) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(asOf);
        LocalDate monthStart = asOf.withDayOfMonth(1);
        for (LocalDate d = monthStart.equals(asOf) ? monthStart.minusMonths(1) : monthStart; dates.size() < months; d = d.minusMonths(1)) {
            dates.add(d);
        }
        Collections.reverse(dates);
        return dates;
    }

    List<TrendPoint> points(int months) {
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate d : dates(c.asOf, months)) {
            points.add(at(d));
        }
        return points;
    }

    TrendPoint at(LocalDate date) {
        int t = (int) date.toEpochDay();
        latestAnswers(t);
        int first = 0;
        int base = 0;
        int respondents = 0;
        for (int i = 0; i < c.size; i++) {
            // t is at most the analysis date, so the people known before t are in its base
            if (!c.inBase[i] || c.knownSince[i] >= t) {
                continue;
            }
            base++;
            if (latestDay[i] != Integer.MIN_VALUE) {
                respondents++;
                first += c.thirdMainDay[i] < t && favorability[i] >= 6 ? 1 : 0;
            }
        }
        return new TrendPoint(date, first, base, respondents);
    }

    /** Whether each person is in the first category at {@code date} (the analysis date or before). */
    boolean[] members(LocalDate date) {
        int t = (int) date.toEpochDay();
        latestAnswers(t);
        boolean[] first = new boolean[c.size];
        for (int i = 0; i < c.size; i++) {
            first[i] = c.inBase[i] && c.knownSince[i] < t && latestDay[i] != Integer.MIN_VALUE
                    && c.thirdMainDay[i] < t && favorability[i] >= 6;
        }
        return first;
    }

    /** Each person's favorability in their latest answer before day {@code t}: the latest date, then the latest answer. */
    private void latestAnswers(int t) {
        Arrays.fill(latestDay, Integer.MIN_VALUE);
        for (int a = 0; a < answers.size; a++) {
            int i = answers.customer[a];
            int d = answers.day[a];
            if (d < t && i < c.size && d >= latestDay[i]) {
                latestDay[i] = d;
                favorability[i] = answers.favorability[a];
            }
        }
    }
}
