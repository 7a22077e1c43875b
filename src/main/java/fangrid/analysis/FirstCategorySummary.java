package fangrid.analysis;

/**
 * The headline KPI: the share of the base in the first category (usage 5 × favorability 6–7), and how many
 * people sit one step away from it.
 *
 * @param firstCategory  people in the first category
 * @param base           the whole customer base
 * @param respondents    people who answered the survey
 * @param oneStepUsage   usage 4 × favorability 6–7: one more purchase away
 * @param oneStepLiking  usage 5 × favorability 5: one step of liking away
 */
public record FirstCategorySummary(int firstCategory, int base, int respondents, int oneStepUsage, int oneStepLiking) {
    /** Share (0–1) of the whole customer base. */
    public double shareOfBase() {
        return base == 0 ? 0 : (double) firstCategory / base;
    }

    /** Share (0–1) of survey respondents only. */
    public double shareOfRespondents() {
        return respondents == 0 ? 0 : (double) firstCategory / respondents;
    }
}
