package fangrid.analysis.target;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import fangrid.domain.CustomerGroup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.selection.BitmapBackedSelection;
import tech.tablesaw.selection.Selection;

/**
 * Target select (DOMAIN.md): for a mailing of a given cost per contact and gross margin, each group's response
 * measured on the data's own history — of the group's people as classified one horizon before the analysis date,
 * the share who bought within the horizon and their net sales per contact — and its expected profit per contact
 * now; ranked from best, the cumulative profit of contacting them in that order, and the selection down to
 * break-even (every group whose expected profit per contact is above 0). A backtest makes the same selection one
 * horizon earlier and counts what it returned.
 * <p>
 * Groups are classified at each date as the views classify them then; saved segments keep their saved members.
 * Single customers are ranked by a model's expected sales, or, without one, by their grid cell's measured response
 * (people who never bought then have no expectation and are left out).
 */
public final class TargetSelect {
    private final TargetInputs in;
    private final GivenGroups given;
    private final SalesExpectation model;
    private final String modelUnused;

    /**
     * @param given the saved segments or plan tiers at each date (the {@code segment} and {@code plan} groupings)
     * @param model the expected sales of each customer, or null to expect what was measured
     * @param modelUnused without a model, why there is none (e.g. its fit is degenerate), or null
     */
    public TargetSelect(TargetInputs in, GivenGroups given, SalesExpectation model, String modelUnused) {
        this.in = in;
        this.given = given;
        this.model = model;
        this.modelUnused = modelUnused;
    }

    /**
     * The selection at {@code now}'s date, its response measured from {@code then} (one horizon earlier), and its
     * backtest made at {@code then} on the response measured from {@code before} (one more horizon earlier; null
     * when the history does not reach that far back). All three analyses count all history.
     */
    public TargetResult run(Analysis before, Analysis then, Analysis now) {
        Ranked current = rank(then, now);
        Backtest backtest = before == null
                ? Backtest.unavailable(then.asOf(), now.asOf(), "the history holds no purchase before "
                        + then.asOf().minusDays(in.horizonDays()) + ", two horizons before the analysis date")
                : backtest(before, then, now);
        return new TargetResult(in, now.asOf(), then.asOf(), model == null ? null : model.name(), modelUnused,
                current.rows,
                current.people, current.profit, current.members, backtest);
    }

    private Backtest backtest(Analysis before, Analysis then, Analysis now) {
        Ranked past = rank(before, then);
        Outcomes after = new Outcomes(then, now);
        long contacted = 0;
        int buyers = 0;
        double sales = 0;
        for (int i : past.members.toArray()) {
            contacted++;
            buyers += after.bought(i) ? 1 : 0;
            sales += after.sales(i);
        }
        return new Backtest(then.asOf(), now.asOf(), contacted, past.profit, buyers, sales,
                in.margin() * sales - in.costPerContact() * contacted, null);
    }

    /** The rows of {@code now}'s people ranked on what {@code then}'s people did up to now's date. */
    private Ranked rank(Analysis then, Analysis now) {
        Outcomes outcomes = new Outcomes(then, now);
        double[] expected = model == null ? null : model.expectedSales(now, in.horizonDays());
        List<Draft> drafts = in.by() == TargetGrouping.CUSTOMER ? customers(then, now, outcomes, expected)
                : groups(in.by(), then, now, outcomes, expected);
        return Ranked.of(drafts, in);
    }

    private List<Draft> groups(TargetGrouping by, Analysis then, Analysis now, Outcomes outcomes, double[] expected) {
        Map<String, Selection> earlier = new HashMap<>();
        for (GroupMembers g : GroupSplit.of(by, then, given)) {
            earlier.put(g.key(), g.members());
        }
        List<Draft> drafts = new ArrayList<>();
        CustomerTable people = now.customers();
        for (GroupMembers g : GroupSplit.of(by, now, given)) {
            Response history = measure(earlier.get(g.key()), outcomes);
            int[] members = g.members().toArray();
            int n = 0;
            double expectedSum = 0;
            for (int i : members) {
                if (i < people.size() && people.inBase(i)) {
                    members[n++] = i;
                    expectedSum += expected == null ? 0 : expected[i];
                }
            }
            drafts.add(new Draft(g.group(), -1, g.group().id(), history, Arrays.copyOf(members, n),
                    expected == null ? history.salesPerContact() : n == 0 ? Double.NaN : expectedSum / n,
                    expected == null ? history.salesLow() : Double.NaN,
                    expected == null ? history.salesHigh() : Double.NaN, 0));
        }
        return drafts;
    }

    private List<Draft> customers(Analysis then, Analysis now, Outcomes outcomes, double[] expected) {
        Map<String, Response> cells = new HashMap<>();
        if (expected == null) {
            for (GroupMembers g : GroupSplit.of(TargetGrouping.GRID, then, given)) {
                cells.put(g.key(), measure(g.members(), outcomes));
            }
        }
        CustomerTable people = now.customers();
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            if (!people.inBase(i)) {
                continue;
            }
            Response own = outcomes.known(i) ? new Response(1, outcomes.bought(i) ? 1 : 0, outcomes.sales(i),
                    outcomes.sales(i) * outcomes.sales(i)) : Response.NONE;
            double sales;
            double low = Double.NaN;
            double high = Double.NaN;
            if (expected != null) {
                sales = expected[i];
            } else if (people.gridCell(i) != null) {
                Response cell = cells.get(people.gridCell(i).toString());
                sales = cell.salesPerContact();
                low = cell.salesLow();
                high = cell.salesHigh();
            } else {
                continue;
            }
            if (!Double.isNaN(sales)) {
                drafts.add(new Draft(null, i, people.customerId(i), own, new int[] {i}, sales, low, high,
                        people.monetary(i)));
            }
        }
        return drafts;
    }

    /** What the people of {@code members} known at the earlier date did: a response. */
    private static Response measure(Selection members, Outcomes outcomes) {
        if (members == null) {
            return Response.NONE;
        }
        int people = 0;
        int buyers = 0;
        double sales = 0;
        double squares = 0;
        for (int i : members.toArray()) {
            if (outcomes.known(i)) {
                double s = outcomes.sales(i);
                people++;
                buyers += outcomes.bought(i) ? 1 : 0;
                sales += s;
                squares += s * s;
            }
        }
        return new Response(people, buyers, sales, squares);
    }

    /** A row before ranking; {@code tie} orders rows of equal expected profit (higher first). */
    private record Draft(CustomerGroup group, int customer, String id, Response history, int[] members,
                         double expectedSales, double salesLow, double salesHigh, double tie) {
    }

    /** Rows ranked from best with their cumulative curve and the recommended selection. */
    private record Ranked(List<TargetRow> rows, long people, double profit, Selection members) {
        static Ranked of(List<Draft> drafts, TargetInputs in) {
            List<Draft> sorted = new ArrayList<>(drafts);
            sorted.sort(Comparator.comparingDouble((Draft d) -> rankKey(in.profit(d.expectedSales)))
                    .thenComparing(Comparator.comparingDouble(Draft::tie).reversed()));
            List<TargetRow> rows = new ArrayList<>(sorted.size());
            Selection members = new BitmapBackedSelection();
            long people = 0;
            double profit = 0;
            long chosenPeople = 0;
            double chosenProfit = 0;
            for (Draft d : sorted) {
                double perContact = in.profit(d.expectedSales);
                boolean recommended = perContact > 0 && d.members.length > 0;
                if (!Double.isNaN(perContact)) {
                    people += d.members.length;
                    profit += perContact * d.members.length;
                }
                if (recommended) {
                    for (int i : d.members) {
                        members.add(i);
                    }
                    chosenPeople = people;
                    chosenProfit = profit;
                }
                rows.add(new TargetRow(d.group, d.customer, d.id, d.history, d.members.length, d.expectedSales,
                        perContact, in.profit(d.salesLow), in.profit(d.salesHigh), people, profit, recommended));
            }
            return new Ranked(List.copyOf(rows), chosenPeople, chosenProfit, members);
        }

        /** Best first, rows without an expectation last. */
        private static double rankKey(double profit) {
            return Double.isNaN(profit) ? Double.POSITIVE_INFINITY : -profit;
        }
    }
}
