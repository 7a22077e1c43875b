package fangrid.export.report;

import fangrid.analysis.PlanProgress;
import fangrid.domain.SalesPlan;
import java.io.IOException;

/**
 * The six-month plan's tracking: per tier (top first) its customers, how many bought since the start, their net sales
 * against the period's prediction, and how many have not bought yet (the ones to contact).
 */
public record PlanBlock(SalesPlan plan, PlanProgress progress) implements ReportBlock {
    private static final float ROW = 12;
    private static final float SIZE = 7.5f;

    @Override
    public float height(ReportCanvas canvas, float width) {
        return ReportCanvas.TITLE_HEIGHT + ROW * (2 + progress.tiers().size());
    }

    @Override
    public void draw(ReportCanvas c, float x, float top, float width) throws IOException {
        ReportText t = c.words();
        c.title(t.format("report.plan.title", plan.start(), plan.end().minusDays(1)), x, top, width);
        float y = top + ReportCanvas.TITLE_HEIGHT;
        c.text(t.format("report.plan.asOf", progress.asOf().minusDays(1)), x, y, SIZE, ReportCanvas.MUTED);
        y += ROW;
        float[] right = {width * 0.52f, width * 0.66f, width * 0.84f, width};
        String[] heads = {t.get("plan.column.customers"), t.get("plan.column.boughtShare"),
                t.get("plan.column.againstPrediction"), t.get("plan.column.notBought")};
        c.text(t.get("plan.column.tier"), x, y, SIZE, ReportCanvas.MUTED);
        for (int k = 0; k < heads.length; k++) {
            c.textRight(heads[k], x + right[k], y, SIZE, ReportCanvas.MUTED);
        }
        y += ROW;
        for (PlanProgress.Tier tier : progress.tiers()) {
            String name = tier.number() + " " + plan.tiers().get(tier.number() - 1).label().name(t.locale());
            c.text(c.fit(name, SIZE, right[0] - c.width(t.count(tier.customers()), SIZE) - 6), x, y, SIZE,
                    ReportCanvas.INK);
            double against = tier.salesAgainstPrediction();
            String[] cells = {t.count(tier.customers()), t.percent(tier.boughtShare()),
                    Double.isNaN(against) ? "—" : t.percent(against), t.count(tier.notBought().size())};
            for (int k = 0; k < cells.length; k++) {
                c.textRight(cells[k], x + right[k], y, SIZE, k == 3 ? ReportCanvas.DOWN : ReportCanvas.INK);
            }
            y += ROW;
        }
    }
}
