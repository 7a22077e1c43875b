package fangrid.analysis;

/**
 * The favorability × usage matrix: {@code counts[favorability 1–7][usage 0–5]}, plus the no-answer row
 * (usage known, no favorability answer) in {@code counts[0]}.
 *
 * @param base the whole customer base
 */
public record MatrixSummary(int base, int[][] counts) {
    /** People with this favorability (1–7, or 0 for no answer) and usage level (0–5). */
    public int count(int favorability, int usage) {
        return counts[favorability][usage];
    }
}
