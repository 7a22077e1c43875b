package fangrid.ui;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CustomerContacts;
import fangrid.domain.GridCell;
import fangrid.ui.common.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * What a segment list exported from the Japanese window must hold, worked out from the analysis itself: for each
 * customer every column, as text the way the window shows it (net sales in whole yen, the return rate as the
 * detail figures format it, labels in Japanese).
 */
final class ExpectedExportRows {
    static final List<String> HEADER = List.of("顧客ID", "氏名", "メールアドレス", "電話番号", "最終購入からの日数", "購入回数",
            "売上（純額）", "Rスコア", "Fスコア", "Mスコア", "RFMスコア", "RFMセグメント", "セル", "活動", "デシル", "ご利用頻度",
            "好感度", "ファーストカテゴリー", "行動セグメント", "購入間隔の中央値（日）", "予定日からの経過日数", "ランクダウン危険",
            "期間の予測売上", "プランのランク", "CPM",
            "初回購入からの日数", "初回購入日", "最終購入日", "メッセージ", "返品率", "次回購入予定日", "購入の規則性");
    private static final ResourceBundle JAPANESE = ResourceBundle.getBundle("fangrid.i18n.messages", Locale.JAPANESE);
    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("fangrid.i18n.messages", Locale.ROOT);

    private final Analysis analysis;
    private final CustomerContacts contacts;
    private final Formats formats = new Formats(Locale.JAPANESE);

    ExpectedExportRows(Analysis analysis, CustomerContacts contacts) {
        this.analysis = analysis;
        this.contacts = contacts;
    }

    /**
     * Customer {@code i}'s row by header; {@code csv}: text a spreadsheet would run as a formula carries the
     * leading {@code '} a CSV file gives it (an XLSX text cell holds it as it is).
     */
    Map<String, String> row(int i, boolean csv) {
        CustomerTable t = analysis.customers();
        List<String> v = new ArrayList<>();
        v.add(t.customerId(i));
        v.add(text(contacts.name(i), csv));
        v.add(text(contacts.email(i), csv));
        v.add(text(contacts.phone(i), csv));
        v.add(count(t.recencyDays(i)));
        v.add(Integer.toString(t.frequency(i)));
        v.add(Long.toString(Math.round(t.monetary(i))));
        boolean scored = t.rfmScore(i) > 0;
        for (int score : new int[] {t.rScore(i), t.fScore(i), t.mScore(i), t.rfmScore(i)}) {
            v.add(scored ? Integer.toString(score) : "");
        }
        v.add(t.rfmSegment(i) == null ? "" : japaneseRfmSegment(t.rfmSegment(i)));
        GridCell cell = t.gridCell(i);
        v.add(cell == null ? "" : cell.toString());
        v.add(Integer.toString(t.activity(i)));
        v.add(t.decile(i) == 0 ? "" : Integer.toString(t.decile(i)));
        v.add(count(t.usageLevel(i)));
        v.add(count(t.favorability(i)));
        v.add(t.firstCategory(i) ? "はい" : "いいえ");
        v.add(t.segments(i).isEmpty() ? "" : Arrays.stream(t.segments(i).split(";"))
                .map(id -> Arrays.stream(BehaviouralSegment.values()).filter(s -> s.id().equals(id)).findFirst()
                        .orElseThrow().label(Locale.JAPANESE))
                .collect(Collectors.joining("、")));
        addRankDownAndCpm(t, i, v);
        int sinceFirst = t.daysSinceFirstPurchase(i);
        v.add(count(sinceFirst));
        v.add(sinceFirst < 0 ? "" : analysis.asOf().minusDays(sinceFirst).toString());
        v.add(t.recencyDays(i) < 0 ? "" : analysis.asOf().minusDays(t.recencyDays(i)).toString());
        v.add(sinceFirst < 0 ? "" : t.inFunctionalPhase(i) ? "機能価値" : "ブランド");
        v.add(formats.percent(t.returnRate(i)));
        v.add(repeat ? analysis.asOf().minusDays(overdue).toString() : "");
        double cv = t.intervalVariation(i);
        v.add(Double.isNaN(cv) ? "" : cv <= 0.5 ? "高" : cv <= 1 ? "中" : "低");
        Map<String, String> row = new LinkedHashMap<>();
        for (int k = 0; k < HEADER.size(); k++) {
            row.put(HEADER.get(k), v.get(k));
        }
        return row;
    }

    private boolean repeat;
    private int overdue;

    /**
     * The rank-down columns by DOMAIN.md's rule (1.5 × the median interval), the plan's columns (empty: the sample
     * project has no plan) and the CPM cell by LTV-Lab's.
     */
    private void addRankDownAndCpm(CustomerTable t, int i, List<String> v) {
        double median = t.medianIntervalDays(i);
        repeat = t.frequency(i) >= 2;
        overdue = repeat ? t.recencyDays(i) - (int) Math.ceil(median) : 0;
        v.add(repeat ? (median == Math.rint(median) ? Long.toString((long) median) : Double.toString(median)) : "");
        v.add(repeat ? Integer.toString(overdue) : "");
        v.add(repeat && t.recencyDays(i) > 1.5 * median ? "はい" : "いいえ");
        v.add("");
        v.add("");
        if (t.frequency(i) == 0) {
            v.add("");
            return;
        }
        int tenure = t.daysSinceFirstPurchase(i) - t.recencyDays(i);
        String stage = t.frequency(i) == 1 ? "初回" : tenure < 90 ? "よちよち" : t.monetary(i) <= 70_000 ? "コツコツ"
                : tenure < 210 ? "流行" : "優良";
        v.add(stage + "・" + (t.recencyDays(i) >= 240 ? "離脱" : "現役"));
    }

    private String count(int value) {
        return value < 0 ? "" : Integer.toString(value);
    }

    private static String text(String value, boolean csv) {
        if (value == null) {
            return "";
        }
        return csv && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** R rfm's segment name in Japanese: the export message whose English text is the name. */
    private static String japaneseRfmSegment(String name) {
        return ENGLISH.keySet().stream().filter(k -> k.startsWith("export.rfm.") && ENGLISH.getString(k).equals(name))
                .findFirst().map(JAPANESE::getString).orElseThrow(() -> new AssertionError("no Japanese for " + name));
    }
}
