package fangrid.export;

import fangrid.domain.BehaviouralSegment;
import fangrid.domain.CpmCell;
import fangrid.domain.Regularity;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;

/**
 * How a customer file words its headers and values. The command line's files keep their documented machine names
 * and exact figures ({@link #MACHINE}); a segment list exported from the window is worded in the window's language
 * (its message bundle) and shows figures rounded as the window does: net sales to whole units, return rates to
 * 0.1 %.
 */
final class Presentation {
    /** The command line's contract: snake_case headers, R rfm's segment names, ids, true/false, exact figures. */
    static final Presentation MACHINE = new Presentation(null);

    /** The message keys of R rfm's segment names (its README rules and its tests' rules use the same names). */
    private static final Map<String, String> RFM_SEGMENT_KEYS = Map.ofEntries(
            Map.entry("Champions", "export.rfm.champions"),
            Map.entry("Potential Loyalist", "export.rfm.potentialLoyalist"),
            Map.entry("Loyal Customers", "export.rfm.loyalCustomers"),
            Map.entry("Promising", "export.rfm.promising"),
            Map.entry("New Customers", "export.rfm.newCustomers"),
            Map.entry("Can't Lose Them", "export.rfm.cantLoseThem"),
            Map.entry("At Risk", "export.rfm.atRisk"),
            Map.entry("Need Attention", "export.rfm.needAttention"),
            Map.entry("About To Sleep", "export.rfm.aboutToSleep"),
            Map.entry("Lost", "export.rfm.lost"),
            Map.entry("Others", "export.rfm.others"));

    /** Null for the machine wording. */
    private final ResourceBundle bundle;
    private final Map<String, String> rfmSegments = new HashMap<>();
    /** Behavioural segment lists by their ids ("heavy;new"): a few dozen combinations, worded once each. */
    private final Map<String, String> segmentLists = new HashMap<>();

    private Presentation(ResourceBundle bundle) {
        this.bundle = bundle;
        if (bundle != null) {
            RFM_SEGMENT_KEYS.forEach((name, key) -> rfmSegments.put(name, bundle.getString(key)));
        }
    }

    /** Worded in the language of {@code bundle}, the window's messages ({@code fangrid/i18n/messages*.properties}). */
    static Presentation of(ResourceBundle bundle) {
        return new Presentation(bundle);
    }

    String header(ExportColumn column) {
        return bundle == null ? column.machineName() : bundle.getString(column.labelKey());
    }

    /** An RFM segment's name; a name of rules this app does not word (a custom rule) stays as it is. */
    String rfmSegment(String name) {
        return name == null || bundle == null ? name : rfmSegments.getOrDefault(name, name);
    }

    /** The message phase: the product's functional value (first 21 days) or the brand's story. */
    String messagePhase(boolean functional) {
        return bundle == null ? (functional ? "functional" : "brand")
                : bundle.getString(functional ? "export.phase.functional" : "export.phase.brand");
    }

    /** The behavioural segments of a customer, given as their ids separated by {@code ;}. */
    String segments(String ids) {
        if (bundle == null || ids == null || ids.isEmpty()) {
            return ids;
        }
        return segmentLists.computeIfAbsent(ids, this::segmentLabels);
    }

    private String segmentLabels(String ids) {
        Locale locale = bundle.getLocale();
        StringJoiner labels = new StringJoiner(bundle.getString("export.segments.separator"));
        for (String id : ids.split(";")) {
            labels.add(label(id, locale));
        }
        return labels.toString();
    }

    private static String label(String id, Locale locale) {
        for (BehaviouralSegment s : BehaviouralSegment.values()) {
            if (s.id().equals(id)) {
                return s.label(locale);
            }
        }
        return id;
    }

    /** A CPM cell: its id ({@code loyal-active}) for scripts, or its name in the window's language (優良・現役). */
    String cpm(CpmCell cell) {
        return bundle == null ? cell.id() : cell.label(bundle.getLocale());
    }

    /** How regularly a customer buys: high/medium/low for scripts, or the window's words; null where not known. */
    String regularity(Regularity r) {
        if (r == null) {
            return null;
        }
        return bundle == null ? r.name().toLowerCase(Locale.ROOT) : bundle.getString(r.key());
    }

    /** Net sales: exact, or rounded to whole units as the window shows them. */
    void money(double amount, CellWriter out) throws IOException {
        if (bundle == null) {
            out.number(amount);
        } else {
            out.number(Math.round(amount));
        }
    }

    /** A share 0–1: exact, or as a percentage rounded to 0.1 % as the window shows it (half even, as its format). */
    void share(double share, CellWriter out) throws IOException {
        if (bundle == null) {
            out.number(share);
        } else {
            out.percent(new BigDecimal(share).setScale(3, RoundingMode.HALF_EVEN));
        }
    }

    /** Yes or no: true/false for scripts, or the words of the window's language. */
    void flag(boolean value, CellWriter out) throws IOException {
        if (bundle == null) {
            out.bool(value);
        } else {
            out.text(bundle.getString(value ? "export.yes" : "export.no"));
        }
    }
}
