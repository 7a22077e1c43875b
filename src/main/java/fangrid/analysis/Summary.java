package fangrid.analysis;

import fangrid.domain.BehaviouralSegment;

/**
 * Everything the views show for one filter, computed in one pass: the grid, the matrix, the first-category KPI,
 * the deciles, the activities and the behavioural segments.
 *
 * @param people     people in the filter
 * @param activities customers per communication activity, indexed 1–4 (0 unused)
 * @param segments   customers per {@link BehaviouralSegment}, by ordinal
 * @param portfolio  the CPM cells and the rank-down risk
 */
public record Summary(int people, GridSummary grid, MatrixSummary matrix, FirstCategorySummary firstCategory,
                      DecileSummary deciles, int[] activities, int[] segments,
                      PortfolioSummary portfolio) {
    public int segment(BehaviouralSegment s) {
        return segments[s.ordinal()];
    }
}
