package fangrid.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group of customers a user can point at in one view and carry to another: a grid cell, a matrix cell, a
 * behavioural segment, a decile, a saved segment, a plan tier, the rank-down risk, a CPM cell, a migration's
 * transition, a mailing's target selection or a cross-category group. Its {@link #id()} is how filters, drags and
 * saved segments write it.
 */
public sealed interface CustomerGroup {
    /** The group's id, e.g. {@code R1F2}, {@code fav7/use5}, {@code heavy}, {@code D1}, {@code saved:3}. */
    String id();

    /** The customers of one R × F grid cell. */
    record Grid(GridCell cell) implements CustomerGroup {
        @Override
        public String id() {
            return cell.toString();
        }
    }

    /**
     * The customers of one favorability × usage matrix cell.
     *
     * @param favorability 1–7, or 0 for people who gave no favorability answer
     * @param usage        0–5
     */
    record Matrix(int favorability, int usage) implements CustomerGroup {
        public Matrix {
            if (favorability < 0 || favorability > 7 || usage < 0 || usage > 5) {
                throw new IllegalArgumentException("matrix cell out of range: " + favorability + "/" + usage);
            }
        }

        public boolean firstCategory() {
            return usage == 5 && favorability >= 6;
        }

        @Override
        public String id() {
            return "fav" + favorability + "/use" + usage;
        }
    }

    /** The customers in a behavioural segment. */
    record Segment(BehaviouralSegment segment) implements CustomerGroup {
        @Override
        public String id() {
            return segment.id();
        }
    }

    /** The customers of decile D1–D10 by net sales. */
    record Decile(int decile) implements CustomerGroup {
        public Decile {
            if (decile < 1 || decile > 10) {
                throw new IllegalArgumentException("decile out of range: " + decile);
            }
        }

        @Override
        public String id() {
            return "D" + decile;
        }
    }

    /** The members of a saved segment, as they were when it was saved. */
    record Saved(long segmentId) implements CustomerGroup {
        @Override
        public String id() {
            return "saved:" + segmentId;
        }
    }

    /**
     * The customers at risk of ranking down (ランクダウン防止), or with {@code thisWeek} those who cross the line in
     * the next seven days; see {@link RankDownRule}.
     */
    record RankDown(boolean thisWeek) implements CustomerGroup {
        @Override
        public String id() {
            return thisWeek ? "at-risk-week" : "at-risk";
        }
    }

    /** The customers of one CPM cell. */
    record Cpm(CpmCell cell) implements CustomerGroup {
        @Override
        public String id() {
            return "cpm:" + cell.id();
        }
    }

    /**
     * The customers of one tier of the plan starting at {@code start} (tier 1 = top), or with {@code notBought} those
     * of them who have not bought since the start: the list to contact.
     */
    record PlanTier(LocalDate start, int tier, boolean notBought) implements CustomerGroup {
        public PlanTier {
            if (tier < 1 || tier > 9) {
                throw new IllegalArgumentException("plan tier out of range: " + tier);
            }
        }

        @Override
        public String id() {
            return "plan:" + start + ":T" + tier + (notBought ? ":waiting" : "");
        }
    }

    /** The customers whose recommended communication activity is {@code number} (1–4). */
    record ActivityGroup(int number) implements CustomerGroup {
        public ActivityGroup {
            if (number < 1 || number > 4) {
                throw new IllegalArgumentException("activity out of range: " + number);
            }
        }

        @Override
        public String id() {
            return "activity:" + number;
        }
    }

    /**
     * The customers who moved from state {@code from} at analysis date {@code fromDate} to state {@code to} at
     * {@code toDate} along {@code axis} (see {@link MigrationAxis#states}), e.g. {@code R1F3>R2F3@2026-11-01..2026-12-01}
     * or {@code activity:A4>A3@…}; the axis prefix is left out for the grid.
     */
    record Transition(MigrationAxis axis, String from, String to, LocalDate fromDate,
                      LocalDate toDate) implements CustomerGroup {
        private static final Pattern ID =
                Pattern.compile("(?:([a-z]+):)?([A-Za-z0-9]+)>([A-Za-z0-9]+)@([0-9-]{10})\\.\\.([0-9-]{10})");

        public Transition {
            if (!axis.isState(from) || !axis.isState(to) || !fromDate.isBefore(toDate)) {
                throw new IllegalArgumentException("not a transition: " + from + ">" + to + "@" + fromDate + ".." + toDate);
            }
        }

        @Override
        public String id() {
            return (axis == MigrationAxis.GRID ? "" : axis.id() + ":") + from + ">" + to + "@" + fromDate + ".." + toDate;
        }

        static Transition parse(String id) {
            Matcher m = ID.matcher(id);
            if (!m.matches()) {
                return null;
            }
            MigrationAxis axis = m.group(1) == null ? MigrationAxis.GRID : MigrationAxis.of(m.group(1));
            return new Transition(axis, m.group(2), m.group(3), LocalDate.parse(m.group(4)),
                    LocalDate.parse(m.group(5)));
        }
    }

    /**
     * The customers a target selection recommends for a mailing at the analysis date: the groups of grouping
     * {@code by} (grid, matrix, decile, segment, customer…) ranked by expected profit per contact, down to break-even.
     *
     * @param cost          cost per contact in yen, at least 0
     * @param marginPercent gross margin in percent, 0–100
     * @param horizonDays   the days after the mailing whose purchases count
     */
    record Target(String by, double cost, double marginPercent, int horizonDays) implements CustomerGroup {
        public Target {
            if (!by.matches("[a-z]+") || !(cost >= 0) || !(marginPercent >= 0 && marginPercent <= 100)
                    || horizonDays < 1) {
                throw new IllegalArgumentException("not a target selection: " + by + "/" + cost + "/"
                        + marginPercent + "/" + horizonDays);
            }
        }

        @Override
        public String id() {
            return "target:" + by + "/" + plain(cost) + "/" + plain(marginPercent) + "/" + horizonDays;
        }

        private static String plain(double v) {
            return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        }
    }

    /**
     * Customers seen across two product categories (or brands), each category's own analysis deciding: with
     * {@code lapsed} false, those who bought in both {@code a} and {@code b} (for a = b, all of a's buyers); with
     * {@code lapsed} true, those active in {@code a} (R1 on a's lines) and lapsed in {@code b} (R3 on b's lines).
     * Written {@code cross:A:B} or {@code cross:A:B:lapsed}, each name with {@link CategoryNames#encode}'s escapes, so
     * that a name holding {@code :}, {@code +} or {@code &} stays one name in a filter.
     *
     * @param a a category name, {@link AnalysisSettings#UNCATEGORISED} for the lines without one
     * @param b another, or the same
     */
    record Cross(String a, String b, boolean lapsed) implements CustomerGroup {
        public Cross {
            if (a == null || b == null || lapsed && a.equals(b)) {
                throw new IllegalArgumentException("not a cross-category group: " + a + " / " + b);
            }
        }

        @Override
        public String id() {
            return "cross:" + CategoryNames.encode(a) + ":" + CategoryNames.encode(b) + (lapsed ? ":lapsed" : "");
        }

        static Cross parse(String id) {
            String[] p = id.substring(6).split(":", -1);
            if (p.length < 2 || p.length > 3 || p.length == 3 && !p[2].equals("lapsed")) {
                throw new IllegalArgumentException("not a cross-category group: " + id);
            }
            return new Cross(CategoryNames.decode(p[0]), CategoryNames.decode(p[1]), p.length == 3);
        }
    }

    /** The group written as {@code id}; throws IllegalArgumentException for anything else. */
    static CustomerGroup parse(String id) {
        String s = id.trim();
        try {
            if (s.matches("R[1-3]F[1-3]")) {
                return new Grid(new GridCell(s.charAt(1) - '0', s.charAt(3) - '0'));
            }
            if (s.matches("fav[0-7]/use[0-5]")) {
                return new Matrix(s.charAt(3) - '0', s.charAt(8) - '0');
            }
            if (s.matches("D([1-9]|10)")) {
                return new Decile(Integer.parseInt(s.substring(1)));
            }
            if (s.equals("at-risk") || s.equals("at-risk-week")) {
                return new RankDown(s.endsWith("week"));
            }
            if (s.startsWith("cpm:")) {
                return new Cpm(CpmCell.parse(s.substring(4)));
            }
            if (s.matches("plan:\\d{4}-\\d{2}-\\d{2}:T[1-9](:waiting)?")) {
                return new PlanTier(LocalDate.parse(s.substring(5, 15)), s.charAt(17) - '0', s.endsWith(":waiting"));
            }
            if (s.matches("activity:[1-4]")) {
                return new ActivityGroup(s.charAt(9) - '0');
            }
            if (s.matches("target:[a-z]+/[0-9.]+/[0-9.]+/[0-9]+")) {
                String[] p = s.substring(7).split("/");
                return new Target(p[0], Double.parseDouble(p[1]), Double.parseDouble(p[2]), Integer.parseInt(p[3]));
            }
            if (s.startsWith("cross:")) {
                return Cross.parse(s);
            }
            if (s.startsWith("saved:")) {
                return new Saved(Long.parseLong(s.substring(6)));
            }
            if (s.contains(">")) {
                Transition t = Transition.parse(s);
                if (t != null) {
                    return t;
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a customer group: " + id, e);
        }
        for (BehaviouralSegment b : BehaviouralSegment.values()) {
            if (b.id().equals(s)) {
                return new Segment(b);
            }
        }
        throw new IllegalArgumentException("not a customer group: " + id);
    }
}
