package fangrid.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Simulates the summer-2025 customer survey: who answered (about 40 % of all members, loyal buyers
 * more often, prospects too), their favorability (correlated with repeat buying), their usage answer
 * (mostly what the transactions show, a few percent misremembered), expectation, evaluation and comment.
 */
final class SurveySimulator {

    /** First day of the survey period. */
    static final LocalDate SURVEY_START = LocalDate.of(2025, 6, 1);

    private static final double[][] FAVORABILITY_BY_USAGE = {
        {0.05, 0.08, 0.32, 0.27, 0.18, 0.07, 0.03},  // prospects
        {0.06, 0.10, 0.25, 0.25, 0.20, 0.09, 0.05},  // buyers of other products only
        {0.09, 0.13, 0.22, 0.25, 0.20, 0.08, 0.03},  // usage 2: trial only
        {0.07, 0.11, 0.19, 0.24, 0.22, 0.12, 0.05},  // usage 3: main product once
        {0.02, 0.04, 0.09, 0.18, 0.30, 0.25, 0.12},  // usage 4: twice
        {0.01, 0.02, 0.04, 0.08, 0.20, 0.33, 0.32},  // usage 5: three times or more
    };
    private static final double[] RESPONSE_BY_USAGE = {0.42, 0.32, 0.36, 0.38, 0.50, 0.60};
    private static final double MISREMEMBER = 0.05;

    private final Random rnd;

    /** @param rnd the random source of all answers */
    SurveySimulator(Random rnd) {
        this.rnd = rnd;
    }

    /**
     * Simulates the answers.
     *
     * @param people    all members, in member-number order
     * @param summaries the transaction summary of every buyer
     * @return the answers sorted by answer day, then member number
     */
    List<SurveyAnswer> simulate(List<Person> people, Map<String, CustomerSummary> summaries) {
        List<SurveyAnswer> answers = new ArrayList<>();
        for (Person person : people) {
            CustomerSummary s = summaries.get(person.id());
            int group = s == null ? 0 : Math.max(1, s.observedUsage());
            if (!Weighted.chance(rnd, RESPONSE_BY_USAGE[group])) {
                continue;
            }
            int usage = answeredUsage(group);
            int fav = 1 + Weighted.index(rnd, FAVORABILITY_BY_USAGE[group]);
            if (s != null && s.cancelled() > 0 && Weighted.chance(rnd, 0.6)) {
                fav = Math.max(1, fav - Weighted.between(rnd, 1, 2));
            }
            LocalDate from = s != null && s.lastPurchase() != null ? s.lastPurchase() : person.registered();
            LocalDate day = ShopCalendar.dayIn(rnd, from.isBefore(SURVEY_START) ? SURVEY_START : from, ShopCalendar.END);
            Integer favorability = Weighted.chance(rnd, 0.012) ? null : fav;
            answers.add(withScores(person.id(), day, favorability, usage));
        }
        answers.sort(Comparator.comparing(SurveyAnswer::answered).thenComparing(SurveyAnswer::customerId));
        return answers;
    }

    private int answeredUsage(int group) {
        if (group == 0) {
            return Weighted.index(rnd, 0.50, 0.30, 0.20);
        }
        if (group == 1) {
            return Weighted.index(rnd, 0.65, 0.35);
        }
        if (!Weighted.chance(rnd, MISREMEMBER)) {
            return group;
        }
        if (group == 5) {
            return 4;
        }
        if (group == 2) {
            return Weighted.chance(rnd, 0.7) ? 3 : 1;
        }
        return rnd.nextBoolean() ? group - 1 : group + 1;
    }

    private SurveyAnswer withScores(String id, LocalDate day, Integer fav, int usage) {
        int feeling = fav == null ? 4 : fav;
        Integer expectation = Weighted.chance(rnd, 0.08) ? null : 1 + Weighted.index(rnd, 0.03, 0.07, 0.30, 0.38, 0.22);
        Integer evaluation = null;
        if (usage >= 2 && !Weighted.chance(rnd, 0.10)) {
            int base = expectation == null ? 3 : expectation;
            int delta = feeling >= 7 ? Weighted.index(rnd, 0.05, 0.45, 0.50) - 1
                    : feeling == 6 ? Weighted.index(rnd, 0.10, 0.55, 0.35) - 1
                    : feeling >= 4 ? Weighted.index(rnd, 0.35, 0.55, 0.10) - 1
                    : -1 - Weighted.index(rnd, 0.55, 0.45);
            evaluation = Math.max(1, Math.min(5, base + delta));
        }
        return new SurveyAnswer(id, day, fav, usage, expectation, evaluation, comment(feeling, usage));
    }

    private String comment(int feeling, int usage) {
        if (Weighted.chance(rnd, 0.52)) {
            return null;
        }
        if (usage <= 1) {
            return Weighted.uniform(rnd, "気になっていますが、まだ試していません。", "成分について詳しく知りたいです。",
                    "電話で相談して丁寧に教えていただきました。", "モニターセットを試してみたいです。",
                    "価格が少し高く感じて迷っています。", "敏感肌でも使えますか？");
        }
        if (feeling >= 6) {
            return Weighted.uniform(rnd, "友人にもすすめました。", "肌の調子が良くなりました。",
                    "定期的に購入しています。これからも続けたいです。", "香りが好きです。",
                    "家族みんなで使っています。", "「もう手放せない」と思っています。",
                    "スタッフの方の対応がとても丁寧でした。", "朝のメイクのりが全然違います！");
        }
        if (feeling >= 4) {
            return Weighted.uniform(rnd, "使い心地は良いと思います。", "もう少し安いと嬉しいです。",
                    "効果はこれから期待しています。", "容器が使いやすいです。", "届くまでが少し遅かったです。",
                    "詰め替え用があると嬉しいです。");
        }
        return Weighted.uniform(rnd, "肌に合いませんでした。", "期待したほどの効果は感じられませんでした。",
                "価格が高いと感じます。", "香りが苦手でした。", "解約の手続きがわかりにくかったです。",
                "肌に合いませんでした。\n返品の対応は丁寧でした。");
    }
}
