package fangrid.ui.common;

import fangrid.domain.CustomerFilter;
import fangrid.domain.CustomerGroup;
import fangrid.domain.MigrationAxis;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * How customer groups and filters are named on screen: {@code R1F1}, 好感度7 × 利用5, ヘビーユーザー, D1, a saved name,
 * ランクダウン防止, CPM 優良・現役.
 */
public final class GroupLabels {
    private final Messages messages;
    private final LongFunction<String> savedNames;

    /** {@code savedNames} names saved segments by id. */
    public GroupLabels(Messages messages, LongFunction<String> savedNames) {
        this.messages = messages;
        this.savedNames = savedNames;
    }

    public String label(CustomerGroup g) {
        if (g instanceof CustomerGroup.Matrix m) {
            return m.favorability() == 0 ? messages.format("group.matrix.noAnswer", m.usage())
                    : messages.format("group.matrix", m.favorability(), m.usage());
        } else if (g instanceof CustomerGroup.Segment s) {
            return s.segment().label(messages.locale());
        } else if (g instanceof CustomerGroup.RankDown r) {
            return messages.get(r.thisWeek() ? "group.rankDown.week" : "group.rankDown");
        } else if (g instanceof CustomerGroup.Cpm c) {
            return messages.format("group.cpm", c.cell().label(messages.locale()));
        } else if (g instanceof CustomerGroup.ActivityGroup a) {
            return messages.format("group.activity", a.number());
        } else if (g instanceof CustomerGroup.Saved s) {
            String name = savedNames.apply(s.segmentId());
            return name != null ? name : g.id();
        } else if (g instanceof CustomerGroup.Transition t) {
            return messages.format("migration.group", state(t.from()), state(t.to()), t.fromDate().toString(),
                    t.toDate().toString());
        } else if (g instanceof CustomerGroup.Target t) {
            return messages.format("target.group", messages.get("target.by." + t.by()), plain(t.cost()),
                    plain(t.marginPercent()), t.horizonDays());
        } else if (g instanceof CustomerGroup.Cross x) {
            return messages.format(x.lapsed() ? "cross.group.lapsed" : "cross.group", category(x.a()),
                    category(x.b()));
        } else if (g instanceof CustomerGroup.PlanTier p) {
            return messages.format(p.notBought() ? "plan.group.notBought" : "plan.group", p.start().toString(),
                    p.tier());
        }
        return g.id();
    }

    /**
     * A migration state as the user reads it: a grid cell as it is ({@code R1F3}), an activity ({@code A2}) or plan
     * tier ({@code T1}) by number, not yet a customer and no purchase in words.
     */
    public String state(String state) {
        if (state.equals(MigrationAxis.NOT_YET)) {
            return messages.get("migration.state.new");
        } else if (state.equals(MigrationAxis.NO_PURCHASE)) {
            return messages.get("migration.state.none");
        }
        return switch (state.charAt(0)) {
            case 'A' -> messages.format("migration.state.activity", state.substring(1));
            case 'T' -> messages.format("migration.state.tier", state.substring(1));
            default -> state;
        };
    }

    /** A category's name as the user reads it: the lines without one as "未分類 / Uncategorised". */
    private String category(String name) {
        return name.equals(fangrid.domain.AnalysisSettings.UNCATEGORISED) ? messages.get("category.uncategorised")
                : name;
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** A union of groups, e.g. {@code R1F1 + R1F2}. */
    public String label(List<CustomerGroup> union) {
        return union.stream().map(this::label).collect(Collectors.joining(" + "));
    }

    /** A filter, e.g. {@code (R1F1 + R1F2) ∩ 好感度7 × 利用5}; everyone's name when it has no terms. */
    public String label(CustomerFilter f) {
        if (f.isEveryone()) {
            return messages.get("group.everyone");
        }
        if (f.terms().size() == 1) {
            return label(f.terms().get(0));
        }
        return f.terms().stream().map(t -> t.size() > 1 ? "(" + label(t) + ")" : label(t))
                .collect(Collectors.joining(" ∩ "));
    }
}
