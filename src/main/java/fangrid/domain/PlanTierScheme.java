package fangrid.domain;

import java.util.List;

/**
 * The named tiers a six-month plan offers, 4 to 6 of them, from the top: each takes the next slice of the plan's
 * buyers ranked by predicted period sales. The slices follow the usual shape of a shop's sales (a few percent hold a
 * large share), so the top tiers are small and the bottom ones wide.
 */
public final class PlanTierScheme {
    /** The fewest and most tiers a plan may have, and the default. */
    public static final int MIN_TIERS = 4;
    public static final int MAX_TIERS = 6;
    public static final int DEFAULT_TIERS = 5;

    private static final PlanTierLabel TOP = new PlanTierLabel("最優良", "Top",
            "個別の感謝と先行案内。値引きより特別扱い", "Personal thanks and early access; privileges rather than discounts", 0);
    private static final PlanTierLabel LOYAL = new PlanTierLabel("優良", "Loyal",
            "定期便・まとめ買いの提案、新商品の案内", "Offer subscriptions and bundles, announce new products", 0);
    private static final PlanTierLabel GROWING = new PlanTierLabel("育成", "Growing",
            "次の購入を後押し(使い方・関連商品)", "Encourage the next purchase: how-to content, related products", 0);
    private static final PlanTierLabel STEADY = new PlanTierLabel("維持", "Steady",
            "購入周期に合わせたリマインド", "Reminders timed to their buying interval", 0);
    private static final PlanTierLabel LIGHT = new PlanTierLabel("ライト", "Light",
            "季節の案内を低コストで", "Low-cost seasonal mailings", 0);
    private static final PlanTierLabel DORMANT = new PlanTierLabel("休眠予備", "Dormant",
            "再購入のきっかけを一度だけ(費用は最小)", "One low-cost win-back offer", 0);

    private PlanTierScheme() {
    }

    /** The tiers of a plan with {@code count} of them, top first, the last one taking every remaining buyer. */
    public static List<PlanTierLabel> of(int count) {
        return switch (count) {
            case 4 -> List.of(share(TOP, 0.05), share(LOYAL, 0.20), share(GROWING, 0.50), share(DORMANT, 1));
            case 5 -> List.of(share(TOP, 0.05), share(LOYAL, 0.20), share(GROWING, 0.40), share(STEADY, 0.70),
                    share(DORMANT, 1));
            case 6 -> List.of(share(TOP, 0.02), share(LOYAL, 0.08), share(GROWING, 0.20), share(STEADY, 0.40),
                    share(LIGHT, 0.70), share(DORMANT, 1));
            default -> throw new IllegalArgumentException("a plan has " + MIN_TIERS + "–" + MAX_TIERS + " tiers, not "
                    + count);
        };
    }

    private static PlanTierLabel share(PlanTierLabel l, double cumulativeShare) {
        return new PlanTierLabel(l.nameJa(), l.nameEn(), l.actionJa(), l.actionEn(), cumulativeShare);
    }
}
