package fangrid.analysis.predict;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How far a fit can be trusted, in words: the problems found, none for a sound fit. A degenerate fit is shown as
 * its problems, not as confident numbers.
 */
public record ModelAssessment(List<FitProblem> problems) {
    /** Fewer repeat buyers than this and the purchase model has almost nothing to learn from. */
    static final int MIN_REPEAT_BUYERS = 20;
    /** Data shorter than this (days of the longest history) cannot tell a customer who left from a slow one. */
    static final double MIN_HISTORY_DAYS = 180;
    /** BG/NBD: a mean dropout probability after a purchase below this is "no dropout". */
    static final double MIN_DROPOUT_PROBABILITY = 0.01;
    /** Pareto/NBD: fewer expected dropouts than this share over the longest history is "no dropout". */
    static final double MIN_DROPOUT_OVER_HISTORY = 0.05;

    /** Assesses a purchase fit in days and its spend fit. */
    static ModelAssessment of(PurchaseFit purchases, SpendFit spend) {
        List<FitProblem> problems = new ArrayList<>();
        if (purchases.repeatBuyers() < MIN_REPEAT_BUYERS) {
            problems.add(FitProblem.TOO_FEW_REPEAT_BUYERS);
        } else {
            if (!purchases.converged()) {
                problems.add(FitProblem.NOT_CONVERGED);
            }
            if (purchases.boundParameter() != null) {
                problems.add(FitProblem.PARAMETER_AT_BOUND);
            }
            if (dropoutNearZero(purchases)) {
                problems.add(FitProblem.NO_DROPOUT_SEEN);
            }
        }
        if (purchases.longestAge() < MIN_HISTORY_DAYS) {
            problems.add(FitProblem.SHORT_HISTORY);
        }
        if (spend.spenders() < MIN_REPEAT_BUYERS) {
            problems.add(FitProblem.TOO_FEW_SPENDERS);
        } else if (!(spend.model().q() > 1)) {
            problems.add(FitProblem.SPEND_MEAN_UNBOUNDED);
        }
        return new ModelAssessment(List.copyOf(problems));
    }

    private static boolean dropoutNearZero(PurchaseFit fit) {
        if (fit.model() instanceof BgNbd m) {
            return m.a() / (m.a() + m.b()) < MIN_DROPOUT_PROBABILITY;
        }
        ParetoNbd m = (ParetoNbd) fit.model();
        return m.s() / m.beta() * fit.longestAge() < MIN_DROPOUT_OVER_HISTORY;
    }

    /** Whether the fit has any problem: its numbers are then not to be shown as confident. */
    public boolean degenerate() {
        return !problems.isEmpty();
    }

    /** The problems in words, joined; empty for a sound fit. */
    public String reason() {
        return problems.stream().map(FitProblem::describe).collect(Collectors.joining("; "));
    }
}
