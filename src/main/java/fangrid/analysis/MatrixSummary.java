package fangrid.analysis;

/**
 * The favorability × usage matrix: {@code counts[favorability 1–7][usage 0–5]}, plus the no-answer row
 * (usage known, no favorability answer) in {@code counts[0]}.
 *
 * @param base   the whole customer base
 * @param people the people the matrix is of (a filter's group; the base when unfiltered)
 */
public record MatrixSummary(int base, int people, int[][] counts) {
    /** People with this favorability (1–7, or 0 for no answer) and usage level (0–5). */
    public int count(int favorability, int usage) {
        return counts[favorability][usage];
    }

    /** The cell's people as a share (0–1) of the group the matrix is of. */
    public double shareOfGroup(int favorability, int usage) {
        return people == 0 ? 0 : (double) count(favorability, usage) / people;
    }

    /** The cell's people as a share (0–1) of the whole base. */
    public double shareOfBase(int favorability, int usage) {
        return base == 0 ? 0 : (double) count(favorability, usage) / base;
    }
}
