package fangrid.analysis;

import fangrid.store.Project;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/** Test access to one customer's columns by customer id. */
public final class CustomerColumnsProbe {
    private final CustomerColumns cols;
    private final Map<String, Integer> index = new HashMap<>();

    public CustomerColumnsProbe(Project project, Analysis analysis) throws Exception {
        this.cols = analysis.aggregates().columns();
        try (Statement s = project.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT customer_id, customer_key FROM customer")) {
            while (rs.next()) {
                index.put(rs.getString(1), rs.getInt(2) - 1);
            }
        }
    }

    /** {@code recency,frequency,monetary} with monetary in whole cents, or null for an unknown id. */
    public String rfm(String customerId) {
        Integer i = index.get(customerId);
        return i == null ? null : cols.recencyDays[i] + "," + cols.frequency[i] + "," + Math.round(cols.monetary[i] * 100);
    }

    public int buyers() {
        int n = 0;
        for (int i = 0; i < cols.size(); i++) {
            n += cols.isBuyer(i) ? 1 : 0;
        }
        return n;
    }
}
