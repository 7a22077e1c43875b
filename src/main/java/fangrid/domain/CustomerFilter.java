package fangrid.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Which customers a view shows: everyone in all of its terms, each term the union of some groups. Dragging the
 * cells R1F1 and R1F2 of a grid that itself shows only matrix cell fav7/use5 carries
 * {@code (R1F1 ∪ R1F2) ∩ fav7/use5}, written {@code R1F1+R1F2&fav7/use5}. No terms: everyone.
 */
public record CustomerFilter(List<List<CustomerGroup>> terms) {
    public static final CustomerFilter EVERYONE = new CustomerFilter(List.of());

    public CustomerFilter {
        terms = terms.stream().map(List::copyOf).filter(t -> !t.isEmpty()).toList();
    }

    /** The filter of a union of groups. */
    public static CustomerFilter of(List<CustomerGroup> union) {
        return new CustomerFilter(List.of(union));
    }

    public boolean isEveryone() {
        return terms.isEmpty();
    }

    /** These customers, narrowed to the union of {@code groups}. */
    public CustomerFilter and(List<CustomerGroup> groups) {
        List<List<CustomerGroup>> t = new ArrayList<>(terms);
        t.add(groups);
        return new CustomerFilter(t);
    }

    /** These customers, narrowed to {@code other}'s. */
    public CustomerFilter and(CustomerFilter other) {
        List<List<CustomerGroup>> t = new ArrayList<>(terms);
        t.addAll(other.terms);
        return new CustomerFilter(t);
    }

    /** The filter as text, e.g. {@code R1F1+R1F2&fav7/use5}; empty for everyone. */
    public String format() {
        return terms.stream().map(t -> t.stream().map(CustomerGroup::id).collect(Collectors.joining("+")))
                .collect(Collectors.joining("&"));
    }

    /** The filter written by {@link #format()}; throws IllegalArgumentException for anything else. */
    public static CustomerFilter parse(String text) {
        List<List<CustomerGroup>> t = new ArrayList<>();
        for (String term : text.split("&")) {
            if (term.isBlank()) {
                continue;
            }
            List<CustomerGroup> union = new ArrayList<>();
            for (String id : term.split("\\+")) {
                union.add(CustomerGroup.parse(id));
            }
            t.add(union);
        }
        return new CustomerFilter(t);
    }

    @Override
    public String toString() {
        return format();
    }
}
