package fangrid.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a migration between two analysis dates tracks each customer by: their R × F grid cell, their communication
 * activity, or their plan tier. Every axis also has the two states outside it: {@link #NOT_YET} (not a customer
 * yet at the date) and {@link #NO_PURCHASE} (in the base, but no purchase counted).
 */
public enum MigrationAxis {
    GRID("grid"), ACTIVITY("activity"), PLAN("plan");

    /** Not in the base at the date: first known on or after it. */
    public static final String NOT_YET = "new";
    /** In the base at the date without a purchase counted (sign-ups, survey answers, returns only). */
    public static final String NO_PURCHASE = "none";
    /** Plan tiers a plan may have: T1 (top) to T{@value}. */
    public static final int MAX_PLAN_TIERS = 9;

    private final String id;

    MigrationAxis(String id) {
        this.id = id;
    }

    /** As the command line and group ids write it: {@code grid}, {@code activity}, {@code plan}. */
    public String id() {
        return id;
    }

    /** The axis written {@code id}; throws IllegalArgumentException for anything else. */
    public static MigrationAxis of(String id) {
        for (MigrationAxis a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("not grid, activity or plan: '" + id + "'");
    }

    /**
     * The states of this axis in display order: {@code new}, {@code none}, then the grid cells {@code R1F1} …
     * {@code R3F3}, the activities {@code A1} … {@code A4}, or the plan tiers {@code T1} … {@code Tn}.
     */
    public List<String> states(int planTiers) {
        List<String> s = new ArrayList<>(List.of(NOT_YET, NO_PURCHASE));
        switch (this) {
            case GRID -> {
                for (int k = 0; k < 9; k++) {
                    s.add(GridCell.ofIndex(k).toString());
                }
            }
            case ACTIVITY -> {
                for (Activity a : Activity.values()) {
                    s.add("A" + a.number());
                }
            }
            case PLAN -> {
                for (int t = 1; t <= planTiers; t++) {
                    s.add("T" + t);
                }
            }
        }
        return s;
    }

    /** Whether {@code state} is one of this axis's states (any plan tier up to {@link #MAX_PLAN_TIERS}). */
    public boolean isState(String state) {
        return states(MAX_PLAN_TIERS).contains(state);
    }
}
