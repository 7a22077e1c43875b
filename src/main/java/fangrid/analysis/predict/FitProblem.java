package fangrid.analysis.predict;

/** Why a fitted model should not be shown as confident numbers; {@link #describe} says it in words. */
public enum FitProblem {
    TOO_FEW_REPEAT_BUYERS("too few customers bought more than once for the purchase model to learn from"),
    NOT_CONVERGED("the fit did not converge: the likelihood has no clear maximum on this data, or cannot be computed"
            + " near it"),
    PARAMETER_AT_BOUND("a parameter ran off to 0 or infinity"),
    NO_DROPOUT_SEEN("the dropout parameter is near 0: the history is too short to see customers leave, so"
            + " P(alive) and long-term predictions are not reliable"),
    SHORT_HISTORY("the data cover less than six months: too short to tell a customer who left from one who has"
            + " not bought yet"),
    TOO_FEW_SPENDERS("too few repeat buyers with a positive spend for the spend model"),
    SPEND_MEAN_UNBOUNDED("the spend model's q ≤ 1: its mean order value is unbounded, so each customer's own mean"
            + " is used");

    private final String description;

    FitProblem(String description) {
        this.description = description;
    }

    /** What the problem means, in English (the window says it through its own messages). */
    public String describe() {
        return description;
    }
}
