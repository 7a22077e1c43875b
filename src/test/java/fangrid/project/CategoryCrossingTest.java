package fangrid.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.analysis.Analysis;
import fangrid.analysis.CategoryCrossing;
import fangrid.domain.AnalysisSettings;
import fangrid.domain.CustomerGroup;
import fangrid.domain.ProjectException;
import fangrid.domain.StepProgress;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.selection.Selection;

/** The co-purchase matrix and the "active in A, lapsed in B" groups on {@link CrossCategoryShop}, counted by hand. */
class CategoryCrossingTest {
    private static final String UNCATEGORISED = AnalysisSettings.UNCATEGORISED;
    private static final List<String> NAMES = List.of("Tea", "Coffee", CrossCategoryShop.CAKE, "和菓子",
            CrossCategoryShop.LONG, UNCATEGORISED, "Gifts");

    @TempDir
    Path dir;

    private static int at(String name) {
        return NAMES.indexOf(name);
    }

    @Test
    void coPurchaseCountsAndActiveLapsedCountsAreTheHandCountedOnes() throws Exception {
        try (ProjectSession s = CrossCategoryShop.open(dir)) {
            assertEquals(Set.copyOf(NAMES), Set.copyOf(s.crossingCategories()));
            CategoryCrossing x = s.categoryCrossing(s.analysis().settings(), NAMES, StepProgress.NONE);
            int[] buyers = {5, 5, 1, 1, 1, 1, 0};
            for (int k = 0; k < NAMES.size(); k++) {
                assertEquals(buyers[k], x.buyers(k), NAMES.get(k));
                assertEquals(buyers[k], x.both(k, k), NAMES.get(k));
                assertEquals(0, x.activeLapsed(k, k), NAMES.get(k));
            }
            assertEquals(3, x.both(at("Tea"), at("Coffee")));
            assertEquals(3, x.both(at("Coffee"), at("Tea")));
            assertEquals(1, x.both(at("Tea"), at(CrossCategoryShop.CAKE)));
            assertEquals(1, x.both(at("Coffee"), at(CrossCategoryShop.LONG)));
            assertEquals(0, x.both(at("Coffee"), at("和菓子")));
            assertEquals(0, x.both(at("Tea"), at("Gifts")));
            assertEquals(1, x.activeLapsed(at("Tea"), at("Coffee")));
            assertEquals(1, x.activeLapsed(at("Coffee"), at("Tea")));
            assertEquals(1, x.activeLapsed(at("Tea"), at("和菓子")));
            assertEquals(1, x.activeLapsed(at(UNCATEGORISED), at("Tea")));
            assertEquals(1, x.activeLapsed(at(CrossCategoryShop.LONG), at("Coffee")));
            assertEquals(0, x.activeLapsed(at(CrossCategoryShop.CAKE), at("Coffee")), "C is R2 in Coffee");
            assertEquals(0, x.activeLapsed(at("Tea"), at(CrossCategoryShop.LONG)));

            AnalysisSettings all = s.analysis().settings();
            s.updateSettings(all.withCategory("Tea"));
            s.updateSettings(all.withCategory("和菓子"));
            CategoryCrossing fromAnalyses = s.categoryCrossing(all, NAMES, StepProgress.NONE);
            for (int a = 0; a < NAMES.size(); a++) {
                for (int b = 0; b < NAMES.size(); b++) {
                    assertEquals(x.both(a, b), fromAnalyses.both(a, b), "Tea and 和菓子 from their analyses");
                    assertEquals(x.activeLapsed(a, b), fromAnalyses.activeLapsed(a, b));
                }
            }
        }
    }

    @Test
    void theGroupsSelectTheHandCountedPeopleByIdAsTheCommandLineWritesThem() throws Exception {
        try (ProjectSession s = CrossCategoryShop.open(dir)) {
            Analysis a = s.analysis();
            assertEquals(Set.of("A", "B", "C"), ids(a, s.selectGroup(a, "cross:Tea:Coffee")));
            assertEquals(Set.of("A"), ids(a, s.selectGroup(a, "cross:Tea:Coffee:lapsed")));
            assertEquals(Set.of("B"), ids(a, s.selectGroup(a, "cross:Coffee:Tea:lapsed")));
            assertEquals(Set.of("E"), ids(a, s.selectGroup(a, "cross:Tea:和菓子:lapsed")));
            assertEquals(Set.of("F"), ids(a, s.selectGroup(a, "cross::Tea:lapsed")), "'' is the uncategorised lines");
            String cake = new CustomerGroup.Cross("Tea", CrossCategoryShop.CAKE, false).id();
            assertEquals(Set.of("C"), ids(a, s.selectGroup(a, cake)));
            String longLapsed = new CustomerGroup.Cross(CrossCategoryShop.LONG, "Coffee", true).id();
            assertEquals(Set.of("I"), ids(a, s.selectGroup(a, longLapsed)));
            assertEquals(Set.of("A", "B", "E", "F"), ids(a, s.selectGroup(a, "cross:Tea:Coffee:lapsed+cross:Tea:Tea&R1F2")),
                    "in a filter like any other: (A ∪ Tea's buyers) ∩ R1F2 of all products (C is R1F3)");
            assertTrue(ids(a, s.selectGroup(a, "cross:Gifts:Gifts")).isEmpty(), "a category with no customer");
            ProjectException e = assertThrows(ProjectException.class, () -> s.selectGroup(a, "cross:Tea:Juice"));
            assertTrue(e.getMessage().contains("'Juice' is not a product category"), e.getMessage());
        }
    }

    @Test
    void aCrossGroupSavedKeepsItsPeopleWhenAnotherCategoryIsShown() throws Exception {
        try (ProjectSession s = CrossCategoryShop.open(dir)) {
            Analysis a = s.analysis();
            String id = "cross:Tea:Coffee:lapsed";
            s.saveSegment("Tea, not coffee", "", fangrid.domain.Activity.STOP_AT_RISK, id, a, s.selectGroup(a, id), false);
            Analysis coffee = s.updateSettings(a.settings().withCategory("Coffee"));
            assertEquals(Set.of("A"), ids(coffee, s.selectGroup(coffee, "segment:Tea, not coffee")));
        }
    }

    @Test
    void switchingBackToACategoryShownBeforeGivesTheKeptAnalysisWithoutAnotherPass() throws Exception {
        try (ProjectSession s = CrossCategoryShop.open(dir)) {
            AnalysisSettings all = s.analysis().settings();
            Analysis tea = s.updateSettings(all.withCategory("Tea"));
            Analysis coffee = s.updateSettings(all.withCategory("Coffee"));
            assertEquals(5, coffee.grid().buyers());
            for (int i = 0; i < coffee.customers().size(); i++) {
                assertEquals(tea.customers().customerId(i), coffee.customers().customerId(i), "ids shared, same order");
            }
            assertEquals(java.util.List.of("A", "B", "C", "D", "I"), java.util.stream.IntStream.range(0,
                    coffee.customers().size()).filter(i -> coffee.customers().frequency(i) > 0)
                    .mapToObj(i -> coffee.customers().customerId(i)).sorted().toList());
            assertTrue(tea == s.updateSettings(all.withCategory("Tea")), "Tea was kept");
            assertTrue(coffee == s.updateSettings(all.withCategory("Coffee")), "Coffee was kept");
            Analysis cake = s.updateSettings(all.withCategory(CrossCategoryShop.CAKE));
            s.updateSettings(all.withCategory("和菓子"));
            s.updateSettings(all.withCategory(UNCATEGORISED));
            assertTrue(tea != s.updateSettings(all.withCategory("Tea")), "only the last "
                    + ProjectSession.KEPT_CATEGORY_ANALYSES + " are kept");
            assertEquals(1, cake.grid().buyers());
        }
    }

    private static Set<String> ids(Analysis a, Selection members) {
        Set<String> ids = new TreeSet<>();
        if (members != null) {
            Arrays.stream(members.toArray()).forEach(i -> ids.add(a.customers().customerId(i)));
        }
        return ids;
    }
}
