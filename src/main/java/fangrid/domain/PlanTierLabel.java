package fangrid.domain;

import java.util.Locale;

/**
 * A plan tier's name and action in both languages, and the share of the plan's buyers ranked into it and the tiers
 * above (e.g. 0.20: the top 20 % by predicted period sales are in this tier or higher).
 */
public record PlanTierLabel(String nameJa, String nameEn, String actionJa, String actionEn, double cumulativeShare) {
    public String name(Locale locale) {
        return Labels.isJapanese(locale) ? nameJa : nameEn;
    }

    public String action(Locale locale) {
        return Labels.isJapanese(locale) ? actionJa : actionEn;
    }
}
