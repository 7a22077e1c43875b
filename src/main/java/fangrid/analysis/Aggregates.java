package fangrid.analysis;

import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CpmCell;
import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.GridCell;
import java.util.List;
import java.util.function.Function;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Computes the views' aggregates over any filter (a Tablesaw {@link Selection} of customer indices, or null for
 * everyone) in one pass over primitive columns, and turns cells and segments into filters.
 */
public final class Aggregates {
    private final CustomerColumns cols;
    private final CustomerClasses classes;
    /** Everyone's net sales in the grid: the denominator of a filtered grid's "% of all sales". */
    private final double baseSales;

    Aggregates(CustomerColumns cols, CustomerClasses classes) {
        this.cols = cols;
        this.classes = classes;
        double sales = 0;
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && classes.gridCell[i] >= 0) {
                sales += cols.monetary[i];
            }
        }
        this.baseSales = sales;
    }

    public CustomerColumns columns() {
        return cols;
    }

    /** Everything the views show, for the people in {@code filter} (null: everyone). */
    public Summary summarize(Selection filter) {
        Pass p = new Pass();
        if (filter == null) {
            for (int i = 0; i < cols.size; i++) {
                p.add(i);
            }
        } else {
            for (int i : filter.toArray()) {
                p.add(i);
            }
        }
        return p.summary();
    }

    /**
     * The people of {@code filter}, or null for everyone; the members of groups the project stores (saved segments,
     * plan tiers) come from {@code stored}.
     */
    public Selection select(CustomerFilter filter, Function<CustomerGroup, Selection> stored) {
        Selection result = null;
        for (List<CustomerGroup> term : filter.terms()) {
            Selection union = new BitmapBackedSelection();
            for (CustomerGroup g : term) {
                union.or(select(g, stored));
            }
            result = result == null ? union : result.and(union);
        }
        return result;
    }

    private Selection select(CustomerGroup g, Function<CustomerGroup, Selection> stored) {
        if (g instanceof CustomerGroup.Grid c) {
            return gridCell(c.cell());
        } else if (g instanceof CustomerGroup.Matrix m) {
            return matrixCell(m.favorability(), m.usage());
        } else if (g instanceof CustomerGroup.Segment s) {
            return segment(s.segment());
        } else if (g instanceof CustomerGroup.Decile d) {
            return decile(d.decile());
        } else if (g instanceof CustomerGroup.RankDown r) {
            return rankDown(r.thisWeek());
        } else if (g instanceof CustomerGroup.Cpm c) {
            return cpmCell(c.cell());
        } else if (g instanceof CustomerGroup.ActivityGroup a) {
            return activity(a.number());
        }
        return stored.apply(g);
    }

    /** The people of one grid cell. */
    public Selection gridCell(GridCell cell) {
        Selection s = new BitmapBackedSelection();
        byte k = (byte) cell.index();
        for (int i = 0; i < cols.size; i++) {
            if (classes.gridCell[i] == k && cols.inBase[i]) {
                s.add(i);
            }
        }
        return s;
    }

    /** The people with this favorability (1–7, 0 = no answer) and usage level (0–5). */
    public Selection matrixCell(int favorability, int usage) {
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && cols.usage[i] == usage && Math.max(cols.favorability[i], 0) == favorability) {
                s.add(i);
            }
        }
        return s;
    }

    /** The people in a behavioural segment. */
    public Selection segment(BehaviouralSegment segment) {
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && segment.in(classes.segments[i])) {
                s.add(i);
            }
        }
        return s;
    }

    /** The people of decile {@code d} (1–10). */
    public Selection decile(int d) {
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && classes.decile[i] == d) {
                s.add(i);
            }
        }
        return s;
    }

    /** The people at risk of ranking down, or with {@code thisWeek} those crossing the line in the next seven days. */
    public Selection rankDown(boolean thisWeek) {
        byte status = thisWeek ? RankDownClasses.CROSSING_THIS_WEEK : RankDownClasses.AT_RISK;
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && classes.rankDown[i] == status) {
                s.add(i);
            }
        }
        return s;
    }

    /** The people of one CPM cell. */
    public Selection cpmCell(CpmCell cell) {
        byte k = (byte) cell.index();
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && classes.cpmCell[i] == k) {
                s.add(i);
            }
        }
        return s;
    }

    /** The people whose recommended activity is {@code number} (1–4). */
    public Selection activity(int number) {
        Selection s = new BitmapBackedSelection();
        for (int i = 0; i < cols.size; i++) {
            if (cols.inBase[i] && classes.activity[i] == number) {
                s.add(i);
            }
        }
        return s;
    }

    /** One pass's counters. */
    private final class Pass {
        final int[] gridCustomers = new int[9];
        final double[] gridSales = new double[9];
        final int[][] matrix = new int[8][6];
        final int[] decileCustomers = new int[10];
        final double[] decileSales = new double[10];
        final int[] activities = new int[5];
        final int[] segments = new int[BehaviouralSegment.values().length];
        final int[] cpmCustomers = new int[CpmCell.COUNT];
        final double[] cpmSales = new double[CpmCell.COUNT];
        final int[] rankDown = new int[3];
        int people;
        int first;
        int respondents;
        int oneStepUsage;
        int oneStepLiking;

        void add(int i) {
            if (!cols.inBase[i]) {
                return;
            }
            people++;
            byte cell = classes.gridCell[i];
            if (cell >= 0) {
                gridCustomers[cell]++;
                gridSales[cell] += cols.monetary[i];
                decileCustomers[classes.decile[i] - 1]++;
                decileSales[classes.decile[i] - 1] += cols.monetary[i];
            }
            activities[classes.activity[i]]++;
            byte cpm = classes.cpmCell[i];
            if (cpm >= 0) {
                cpmCustomers[cpm]++;
                cpmSales[cpm] += cols.monetary[i];
            }
            rankDown[classes.rankDown[i]]++;
            int mask = classes.segments[i];
            for (int s = 0; mask != 0; s++, mask >>>= 1) {
                segments[s] += mask & 1;
            }
            byte u = cols.usage[i];
            byte f = cols.favorability[i];
            if (u >= 0) {
                matrix[Math.max(f, 0)][u]++;
            }
            if (cols.respondent[i]) {
                respondents++;
            }
            if (u == 5 && f >= 6) {
                first++;
            } else if (u == 4 && f >= 6) {
                oneStepUsage++;
            } else if (u == 5 && f == 5) {
                oneStepLiking++;
            }
        }

        Summary summary() {
            return new Summary(people, new GridSummary(cols.base, people, gridCustomers, gridSales, baseSales),
                    new MatrixSummary(cols.base, people, matrix),
                    new FirstCategorySummary(first, cols.base, respondents, oneStepUsage, oneStepLiking),
                    new DecileSummary(decileCustomers, decileSales), activities, segments,
                    new PortfolioSummary(cols.base, people, cpmCustomers, cpmSales,
                            rankDown[RankDownClasses.AT_RISK], rankDown[RankDownClasses.CROSSING_THIS_WEEK]));
        }
    }
}
