package fangrid.analysis.target;

import fangrid.domain.DataKind;
import fangrid.domain.ImportProgress;
import fangrid.domain.ReadOptions;
import fangrid.project.ProjectSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * A shop small enough to work a target selection out by hand (TargetSelectTest's comments), analysed at
 * 2024-07-01 with the default grid (R1 ≤ 90, R2 ≤ 180 days). One order line per order.
 * <pre>
 * customer  purchases (yen)                                         at 2024-01-03  at 2024-04-02  at 2024-07-01
 * A         2024-03-01 1000, 2024-05-01 5000                        -              R1F1           R1F2
 * B         2024-03-15 1000                                         -              R1F1           R2F1
 * C         2024-02-01 1000, 2024-06-01 3000                        -              R1F1           R1F2
 * D         2024-03-20 1000                                         -              R1F1           R2F1
 * E         2023-06-01 1000                                         R3F1           R3F1           R3F1
 * F         2023-07-01 1000                                         R3F1           R3F1           R3F1
 * G         2023-01-10, 2023-05-10, 2024-03-10 1000, 2024-04-20 10000  R3F2        R1F3           R1F3
 * H         2023-02-01, 2023-03-01, 2023-12-01 1000                 R1F3           R2F3           R3F3
 * I         2024-06-15 2000                                         -              -              R1F1
 * J         2024-05-10 2000                                         -              -              R1F1
 * K         2023-12-01 1000, 2024-06-10 1500                        R1F1           R2F1           R1F2
 * L         2023-11-15 1000                                         R1F1           R2F1           R3F1
 * M         2023-12-20 1000, 2024-02-20 2000                        R1F1           R1F2           R2F2
 * </pre>
 */
public final class TargetShop {
    public static final LocalDate AS_OF = LocalDate.of(2024, 7, 1);
    private static final String ORDERS = """
            顧客ID,注文番号,購入日,金額
            A,1,2024/03/01,1000
            A,2,2024/05/01,5000
            B,3,2024/03/15,1000
            C,4,2024/02/01,1000
            C,5,2024/06/01,3000
            D,6,2024/03/20,1000
            E,7,2023/06/01,1000
            F,8,2023/07/01,1000
            G,9,2023/01/10,1000
            G,10,2023/05/10,1000
            G,11,2024/03/10,1000
            G,12,2024/04/20,10000
            H,13,2023/02/01,1000
            H,14,2023/03/01,1000
            H,15,2023/12/01,1000
            I,16,2024/06/15,2000
            J,17,2024/05/10,2000
            K,18,2023/12/01,1000
            K,19,2024/06/10,1500
            L,20,2023/11/15,1000
            M,21,2023/12/20,1000
            M,22,2024/02/20,2000
            """;

    private TargetShop() {
    }

    /** The shop as a new project in {@code dir}, analysed at {@link #AS_OF}. */
    public static Path create(Path dir) throws Exception {
        Path project = dir.resolve("target-shop.mv.db");
        try (ProjectSession s = ProjectSession.createEmpty(project)) {
            Path orders = Files.writeString(dir.resolve("orders.csv"), ORDERS);
            s.importFile(orders, DataKind.TRANSACTIONS, ReadOptions.DETECT, null, false, ImportProgress.NONE);
            s.updateSettings(s.settings().withAsOf(AS_OF));
        }
        return project;
    }
}
