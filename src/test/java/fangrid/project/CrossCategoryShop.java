package fangrid.project;

import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hand-built shop for the cross-category tests, analysed at 2024-07-01 with the default R bands (R1 ≤ 90 days,
 * R3 > 180). Per customer and category, the last purchase and its band:
 * <pre>
 *   A  Tea 06-20 R1          Coffee 2023-10-01 R3
 *   B  Tea 2023-11-01 R3     Coffee 06-01 R1
 *   C  Tea 05-01 R1          Coffee 03-01 R2         CAKE 06-30 R1
 *   D  Coffee 06-10 R1
 *   E  Tea 06-25 R1          和菓子 2023-12-01 R3
 *   F  Tea 2023-12-20 R3     uncategorised 06-01 R1
 *   I  LONG 06-15 R1         Coffee 2023-09-01 R3
 *   H  Gifts 2024-08-01, after the analysis date: Gifts has lines but no customer
 * </pre>
 * Buyers: Tea 5 (A B C E F), Coffee 5 (A B C D I), CAKE, 和菓子, LONG and uncategorised 1 each, Gifts 0. Both Tea and
 * Coffee: A B C = 3. Active in Tea, lapsed in Coffee: A (I is lapsed in Coffee but buys no Tea; C is R2 there) = 1.
 * Active in Coffee, lapsed in Tea: B = 1. Active in Tea, lapsed in 和菓子: E. Active uncategorised, lapsed in Tea: F.
 */
public final class CrossCategoryShop {
    /** A name with a comma, quotes, a colon, a plus, an ampersand and a percent sign. */
    public static final String CAKE = "Cake, \"special\": A+B & 100%";
    /** A 190-character name ending in Japanese. */
    public static final String LONG = "L".repeat(180) + "長い名前のカテゴリー";
    public static final String ORDERS = "order,customer,date,amount,category\n"
            + "a1,A,2024-06-20,100,Tea\n"
            + "a2,A,2023-10-01,50,Coffee\n"
            + "b1,B,2023-11-01,80,Tea\n"
            + "b2,B,2024-06-01,60,Coffee\n"
            + "c1,C,2024-05-01,30,Tea\n"
            + "c2,C,2024-03-01,40,Coffee\n"
            + "c3,C,2024-06-30,25,\"Cake, \"\"special\"\": A+B & 100%\"\n"
            + "d1,D,2024-06-10,70,Coffee\n"
            + "e1,E,2024-06-25,20,Tea\n"
            + "e2,E,2023-12-01,90,和菓子\n"
            + "f1,F,2023-12-20,10,Tea\n"
            + "f2,F,2024-06-01,15,\n"
            + "i1,I,2024-06-15,35," + LONG + "\n"
            + "i2,I,2023-09-01,45,Coffee\n"
            + "h1,H,2024-08-01,99,Gifts\n";

    private CrossCategoryShop() {
    }

    /** A session on a new project at {@code dir} holding the shop's orders. */
    public static ProjectSession open(Path dir) throws Exception {
        Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS, StandardCharsets.UTF_8);
        ProjectSession s = ProjectSession.createEmpty(dir.resolve("cross.mv.db"));
        s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
        s.updateSettings(s.settings().withAsOf(java.time.LocalDate.of(2024, 7, 1)));
        return s;
    }
}
