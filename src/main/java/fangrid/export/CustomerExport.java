package fangrid.export;

import fangrid.analysis.Analysis;
import fangrid.analysis.CustomerTable;
import fangrid.analysis.PlanPlacement;
import fangrid.domain.CustomerContacts;
import fangrid.domain.CustomerNames;
import fangrid.domain.ExportCancelledException;
import fangrid.domain.ExportFormat;
import fangrid.domain.ExportProgress;
import fangrid.domain.ExportResult;
import it.unimi.dsi.fastutil.ints.IntIterator;
import it.unimi.dsi.fastutil.ints.IntIterators;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ResourceBundle;
import tech.tablesaw.selection.Selection;

/**
 * Exports the customers of a selection of one analysis (a segment list) to CSV or XLSX, row by row from the
 * analysis's columns: 2 M customers cost no per-customer objects. Headers and labels are in the window's language
 * and figures are rounded as the window shows them. The file appears at its destination only when complete; CSV text
 * cells that a spreadsheet would run as a formula are neutralized with a leading {@code '} (an XLSX text cell is
 * never a formula).
 */
public final class CustomerExport {
    /** Rows between progress reports and cancellation checks. */
    private static final int REPORT_EVERY = 4096;

    private final ExportSource source;
    private final List<ExportColumn> fields;
    private final List<String> header;

    /**
     * @param contacts names, emails and phones by index ({@code store.CustomerContactsLoader.load}), or null to
     *                 leave them out; the columns are left out too when nobody has any
     * @param messages the window's messages ({@code fangrid/i18n/messages*.properties} in its language): they word
     *                 the headers, the RFM and behavioural segments, the message phase and yes / no
     * @param plan     the plan tiers and predicted period sales to write, or null to leave those columns empty
     * @param names    real ids and contacts, or demo mode's pseudonyms
     */
    public CustomerExport(Analysis analysis, CustomerContacts contacts, ResourceBundle messages, PlanPlacement plan,
                          CustomerNames names) {
        boolean withContacts = contacts != null && !contacts.isEmpty();
        Presentation presentation = Presentation.of(messages);
        this.source = new ExportSource(analysis.customers(), withContacts ? contacts : null, analysis.asOf(), presentation,
                plan, null, names);
        this.fields = ExportColumn.segmentList(withContacts);
        this.header = fields.stream().map(presentation::header).toList();
    }

    /** The column headers, in order. */
    public List<String> header() {
        return header;
    }

    /** How many rows an export of {@code selection} writes (null = everyone): the progress bar's total. */
    public int count(Selection selection) {
        CustomerTable t = source.table();
        int n = 0;
        for (IntIterator it = indices(selection); it.hasNext(); ) {
            n += isPerson(t, it.nextInt()) ? 1 : 0;
        }
        return n;
    }

    /**
     * Writes the customers of {@code selection} (indices = customer key − 1; null = everyone) to {@code destination},
     * replacing any file there only once the new one is complete.
     *
     * @throws ExportCancelledException when {@code progress} asked to stop; no file was written
     */
    public ExportResult write(Selection selection, ExportFormat format, Path destination, ExportProgress progress)
            throws IOException, ExportCancelledException {
        return AtomicFile.write(destination, temp -> format == ExportFormat.XLSX
                ? xlsx(selection, temp, destination, progress)
                : csv(selection, format, temp, destination, progress));
    }

    private ExportResult csv(Selection selection, ExportFormat format, Path temp, Path destination, ExportProgress progress)
            throws IOException, ExportCancelledException {
        SafeText safe = new SafeText(format.charset());
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), format.charset()), 1 << 16)) {
            if (format == ExportFormat.CSV_UTF8_BOM) {
                w.write('\uFEFF');
            }
            // CRLF as RFC 4180 and the Windows tools the files are meant for
            CsvCells csv = new CsvCells(w, "\r\n", safe);
            csv.header(header);
            int n = forEach(selection, destination, progress, i -> csv.row(fields, source, i));
            csv.flush();
            return new ExportResult(destination, n, safe.replaced());
        }
    }

    private ExportResult xlsx(Selection selection, Path temp, Path destination, ExportProgress progress)
            throws IOException, ExportCancelledException {
        try (XlsxCells sheet = new XlsxCells(fields, header)) {
            int n = forEach(selection, destination, progress, i -> sheet.row(source, i));
            sheet.save(temp);
            return new ExportResult(destination, n, 0);
        }
    }

    private interface RowAction {
        void write(int index) throws IOException;
    }

    private int forEach(Selection selection, Path destination, ExportProgress progress, RowAction action)
            throws IOException, ExportCancelledException {
        CustomerTable t = source.table();
        int n = 0;
        for (IntIterator it = indices(selection); it.hasNext(); ) {
            int i = it.nextInt();
            if (!isPerson(t, i)) {
                continue;
            }
            if (n % REPORT_EVERY == 0) {
                if (progress.isCancelled()) {
                    throw new ExportCancelledException(destination.getFileName().toString());
                }
                progress.rowsWritten(n);
            }
            action.write(i);
            n++;
        }
        progress.rowsWritten(n);
        return n;
    }

    private IntIterator indices(Selection selection) {
        return selection == null ? IntIterators.fromTo(0, source.table().size()) : selection.iterator();
    }

    /**
     * Whether index {@code i} is a person of the analysis's base (a selection may hold gaps left by an undone import,
     * or a saved segment people not yet known at the analysis date).
     */
    private static boolean isPerson(CustomerTable t, int i) {
        return i >= 0 && i < t.size() && t.inBase(i);
    }
}
