package fangrid.ui.target;

import fangrid.analysis.target.Backtest;
import fangrid.analysis.target.TargetGrouping;
import fangrid.analysis.target.TargetResult;
import fangrid.analysis.target.TargetRow;
import fangrid.ui.common.Formats;
import fangrid.ui.common.GroupLabels;
import fangrid.ui.common.Messages;
import java.util.stream.Collectors;

/** A target selection in words: the recommendation, where the expectation comes from, the backtest. */
final class TargetTexts {
    /** Groups named in the recommendation before "…". */
    private static final int NAMED = 6;

    private final Messages messages;
    private final Formats formats;
    private final GroupLabels labels;

    TargetTexts(Messages messages, Formats formats, GroupLabels labels) {
        this.messages = messages;
        this.formats = formats;
        this.labels = labels;
    }

    /** A row's name: its group's label, or the customer's id. */
    String name(TargetRow row) {
        return row.group() != null ? labels.label(row.group()) : row.id();
    }

    String recommendation(TargetResult r) {
        String breakEven = formats.money(r.breakEvenSales());
        if (r.recommendedRows() == 0) {
            return messages.format("target.noneWorthIt", breakEven);
        }
        if (r.inputs().by() == TargetGrouping.CUSTOMER) {
            return messages.format("target.recommendCustomers", formats.count(r.recommendedPeople()),
                    formats.money(r.recommendedProfit()), breakEven);
        }
        String named = r.rows().stream().filter(TargetRow::recommended).limit(NAMED).map(this::name)
                .collect(Collectors.joining(messages.get("target.listSeparator")));
        return messages.format("target.recommend", named + (r.recommendedRows() > NAMED ? "…" : ""),
                formats.count(r.recommendedRows()), formats.count(r.recommendedPeople()),
                formats.money(r.recommendedProfit()), breakEven);
    }

    String expectation(TargetResult r) {
        String measured = messages.format("target.measured", r.measuredFrom().toString(),
                r.asOf().minusDays(1).toString());
        if (r.expectation() != null) {
            return measured + " " + messages.format("target.model", r.expectation());
        }
        return measured + " " + (r.modelUnused() == null ? messages.get("target.noModel")
                : messages.format("target.modelUnused", r.modelUnused()));
    }

    String backtest(TargetResult r) {
        Backtest b = r.backtest();
        if (!b.available()) {
            return messages.format("target.backtest.unavailable", b.selectedAt().toString());
        }
        if (b.contacted() == 0) {
            return messages.format("target.backtest.none", b.selectedAt().toString());
        }
        return messages.format("target.backtest", b.selectedAt().toString(), formats.count(b.contacted()),
                formats.money(b.predictedProfit()), b.until().minusDays(1).toString(), formats.count(b.buyers()),
                b.contacted() == 0 ? "–" : formats.percent(b.share()), formats.money(b.actualProfit()));
    }
}
