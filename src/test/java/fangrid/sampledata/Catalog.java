package fangrid.sampledata;

import java.time.LocalDate;
import java.util.List;

/**
 * The fixed product catalog of the sample shop: one main product (a serum), one 7-day monitor set
 * and sixteen other products in five categories.
 */
public final class Catalog {

    /** Skin care (スキンケア). */
    public static final String SKIN = "スキンケア";
    /** Hair care (ヘアケア). */
    public static final String HAIR = "ヘアケア";
    /** Supplements (サプリメント). */
    public static final String SUPPLEMENT = "サプリメント";
    /** Body care (ボディケア). */
    public static final String BODY = "ボディケア";
    /** Gifts (ギフト). */
    public static final String GIFT = "ギフト";

    private static final LocalDate REVISION = LocalDate.of(2024, 10, 1);

    private static final List<Product> PRODUCTS = List.of(
            main("FG-S001", "薬用美容液 ルミナセラム 30mL", SKIN, 5980, 6280),
            plain("FG-T001", "ルミナセラム 7日間モニターセット", Product.Role.TRIAL, SKIN, 1480),
            plain("FG-S002", "ルミナ 保湿化粧水 150mL", Product.Role.OTHER, SKIN, 3300),
            plain("FG-S003", "ルミナ 泡洗顔フォーム 100g", Product.Role.OTHER, SKIN, 1650),
            plain("FG-S004", "ルミナ UVミルク SPF50+ 40mL", Product.Role.OTHER, SKIN, 2420),
            plain("FG-S005", "ルミナ 美容液マスク 5枚入", Product.Role.OTHER, SKIN, 1980),
            plain("FG-H001", "アミノ スカルプシャンプー 400mL", Product.Role.OTHER, HAIR, 2640),
            plain("FG-H002", "アミノ リペアトリートメント 400mL", Product.Role.OTHER, HAIR, 2640),
            plain("FG-H003", "頭皮用美容液 スカルプエッセンス 60mL", Product.Role.OTHER, HAIR, 4180),
            plain("FG-N001", "発酵青汁 30包", Product.Role.OTHER, SUPPLEMENT, 3980),
            plain("FG-N002", "コラーゲンゼリー 14本入", Product.Role.OTHER, SUPPLEMENT, 2980),
            plain("FG-N003", "乳酸菌サプリ 60粒", Product.Role.OTHER, SUPPLEMENT, 2160),
            plain("FG-N004", "髙麗人参茶 ティーバッグ 20包（㈱髙橋製茶）", Product.Role.OTHER, SUPPLEMENT, 1620),
            plain("FG-B001", "ボディミルク 200mL 無香料", Product.Role.OTHER, BODY, 2200),
            plain("FG-B002", "薬用入浴剤アソート（①ゆず ②ひのき ③ラベンダー）", Product.Role.OTHER, BODY, 1320),
            plain("FG-B003", "ハンドクリーム 30g (無香料, ミニサイズ)", Product.Role.OTHER, BODY, 880),
            plain("FG-G001", "ルミナ \"Premium\" ギフトセット 化粧箱入", Product.Role.OTHER, GIFT, 5500),
            plain("FG-G002", "和漢ハーブティー詰合せ Ⅱ ギフト箱", Product.Role.OTHER, GIFT, 3240));

    private Catalog() {
    }

    private static Product main(String code, String name, String category, int price, int newPrice) {
        return new Product(code, name, Product.Role.MAIN, category, price, REVISION, newPrice);
    }

    private static Product plain(String code, String name, Product.Role role, String category, int price) {
        return new Product(code, name, role, category, price, null, price);
    }

    /** @return all products, main product first, then the trial product, then the others */
    public static List<Product> all() {
        return PRODUCTS;
    }

    /** @return the main product (本製品) */
    public static Product mainProduct() {
        return PRODUCTS.get(0);
    }

    /** @return the trial product (モニター) */
    public static Product trialProduct() {
        return PRODUCTS.get(1);
    }

    /**
     * The products of one category that are neither the main nor the trial product.
     *
     * @param category a category name
     * @return the matching "other" products, in catalog order
     */
    public static List<Product> others(String category) {
        return PRODUCTS.stream()
                .filter(p -> p.role() == Product.Role.OTHER && p.category().equals(category))
                .toList();
    }

    /**
     * Looks a product up by code.
     *
     * @param code a product code
     * @return the product
     * @throws IllegalArgumentException if no product has that code
     */
    public static Product byCode(String code) {
        return PRODUCTS.stream().filter(p -> p.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown product " + code));
    }
}
