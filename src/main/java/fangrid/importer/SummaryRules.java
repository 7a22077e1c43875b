package fangrid.importer;

import fangrid.domain.DataKind;
import fangrid.domain.ImportException;
import fangrid.store.CustomerSummaryStore;
import fangrid.store.OrderLineStore;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A project holds either order lines or one customer summary: the summary stands in for the lines it was aggregated
 * from, so lines added beside it (or a second summary) would be counted twice or at another date, and every figure
 * would be wrong without a word. Checked before an import writes anything.
 */
final class SummaryRules {
    private SummaryRules() {
    }

    static void check(Connection c, DataKind kind, String fileName) throws ImportException, SQLException {
        if (kind != DataKind.TRANSACTIONS && kind != DataKind.CUSTOMER_SUMMARY) {
            return;
        }
        Optional<CustomerSummaryStore.Held> held = new CustomerSummaryStore(c).held();
        if (held.isPresent()) {
            throw new ImportException(fileName + " cannot be imported: this project holds a customer summary as of "
                    + held.get().asOf() + " (import #" + held.get().importId() + ") in place of order lines. "
                    + (kind == DataKind.TRANSACTIONS ? "Order lines would be counted beside it twice; "
                    : "A project holds one summary; ") + "undo that import first, or use another project.");
        }
        if (kind == DataKind.CUSTOMER_SUMMARY && new OrderLineStore(c).lineCount() > 0) {
            throw new ImportException(fileName + " cannot be imported: this project holds order lines, and a customer"
                    + " summary stands in for them; its customers would be counted twice. Import it into a new"
                    + " project.");
        }
    }
}
