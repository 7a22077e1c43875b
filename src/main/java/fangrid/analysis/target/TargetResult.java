package fangrid.analysis.target;

import fangrid.domain.CustomerGroup;
import fangrid.domain.CustomerNames;
import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.selection.Selection;

/**
 * A target selection: every group ranked by expected profit per contact, the cumulative curve they draw, the
 * recommended selection (down to break-even) and a backtest.
 *
 * @param asOf              the analysis date: who would be contacted now
 * @param measuredFrom      the earlier date (analysis date − horizon) whose groups' response was measured
 * @param expectation       where the expected sales come from: a model's name, or null for the measured response
 * @param modelUnused       why the model's expectation is not used (its fit's problems in words), or null
 * @param rows              ranked from best; rows with no expectation (no one to measure) last
 * @param recommendedPeople the people of the recommended rows
 * @param recommendedProfit their expected profit: the curve's highest point
 * @param recommended       their customer indices at the analysis date
 */
public record TargetResult(TargetInputs inputs, LocalDate asOf, LocalDate measuredFrom, String expectation,
                           String modelUnused, List<TargetRow> rows, long recommendedPeople, double recommendedProfit,
                           Selection recommended, Backtest backtest) {
    /** The net sales per contact at which a contact pays for itself. */
    public double breakEvenSales() {
        return inputs.breakEvenSales();
    }

    /** How many rows are recommended. */
    public int recommendedRows() {
        return (int) rows.stream().filter(TargetRow::recommended).count();
    }

    /** The recommended selection as a group like any other. */
    public CustomerGroup.Target group() {
        return inputs.group();
    }

    /** This result with each single customer's id as {@code names} shows it (demo mode: a pseudonym); groups as they are. */
    public TargetResult named(CustomerNames names) {
        if (!names.isMasked()) {
            return this;
        }
        List<TargetRow> named = rows.stream().map(r -> r.group() != null ? r : r.withId(names.id(r.customer(), r.id())))
                .toList();
        return new TargetResult(inputs, asOf, measuredFrom, expectation, modelUnused, named, recommendedPeople,
                recommendedProfit, recommended, backtest);
    }
}
