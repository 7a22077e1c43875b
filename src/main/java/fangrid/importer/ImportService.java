package fangrid.importer;

import fangrid.domain.BadRow;
import fangrid.domain.ColumnMapping;
import fangrid.domain.DataKind;
import fangrid.domain.DecimalMark;
import fangrid.domain.ImportCancelledException;
import fangrid.domain.ImportException;
import fangrid.domain.ImportProgress;
import fangrid.domain.ImportReport;
import fangrid.domain.SkipReason;
import fangrid.files.IoReasons;
import fangrid.importer.read.RowPipeline;
import fangrid.importer.read.TableReader;
import fangrid.importer.write.BadRowException;
import fangrid.importer.write.CustomerKeys;
import fangrid.importer.write.RejectedRows;
import fangrid.importer.write.RowWriter;
import fangrid.store.MemoryOrderLines;
import fangrid.store.Project;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Imports one file into a project: it lands whole or not at all. Customers and catalog files are one database
 * transaction; transactions and survey answers commit in batches under an import-log line that is marked complete
 * last, and an incomplete import is removed on failure, on cancel, or when the project is next opened.
 * An import that would not fit on the disk is refused before it writes anything ({@link DiskSpace}); one during
 * which the disk fills all the same is reported as a full disk, and a finished one is on the disk before it is
 * reported done.
 * The UI and the command line both import through here.
 */
public final class ImportService {
    private static final int LISTED_BAD_ROWS = 1_000;
    private static final int PROGRESS_EVERY = 5_000;

    private final DiskSpace space;

    /** An import service that checks the disk's free space before each import. */
    public ImportService() {
        this(DiskSpace.SYSTEM);
    }

    /** An import service that learns the free space from {@code freeSpace} (tests). */
    ImportService(DiskSpace.Probe freeSpace) {
        this.space = new DiskSpace(freeSpace);
    }

    /**
     * Imports {@code file}.
     *
     * @param mapping     the confirmed column mapping, or null to use the proposed one
     * @param skipBadRows whether rows that cannot be read are skipped (listed in the report) rather than fatal
     * @throws ImportException on bad input (nothing changed), naming file, row and column
     */
    public ImportReport importFile(Project project, Path file, DataKind kind, TableReader reader, ColumnMapping mapping,
                                   boolean skipBadRows, ImportProgress progress) throws ImportException, SQLException {
        String fileName = file.getFileName().toString();
        ColumnMapping used = mappingFor(fileName, reader, kind, mapping);
        Connection c = project.connection();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        boolean appendOnly = kind == DataKind.TRANSACTIONS || kind == DataKind.SURVEY;
        long importId = -1;
        RejectedRows rejected = null;
        try {
            space.requireRoomFor(file, project);
            SummaryRules.check(c, kind, fileName);
            String sha = sha256(file);
            var same = project.imports().findSame(kind.id(), sha);
            if (same.isPresent()) {
                throw new ImportException(fileName + " was already imported (import #" + same.get().id() + ", "
                        + same.get().fileName() + ", " + same.get().importedAt().toLocalDate()
                        + "); importing it again would count its rows twice. Undo that import first to re-import it.");
            }
            importId = project.imports().start(kind.id(), fileName, Files.size(file), sha, used.toString());
            if (appendOnly) {
                c.commit();
            }
            rejected = new RejectedRows(rejectedFile(project, importId), reader.header());
            Counter counter = new Counter(fileName, skipBadRows, progress, rejected);
            try (CustomerKeys keys = new CustomerKeys(c);
                 RowWriter writer = RowWriter.of(kind, c, used, reader.header(), importId, keys, !project.isTemporary())) {
                if (appendOnly) {
                    writer.commitEachBatch();
                }
                pass(reader, writer, counter, keys);
            } finally {
                counter.rejected.close();
            }
            requireRowsKept(fileName, used, counter, progress);
            project.imports().finish(importId, counter.read, counter.imported, counter.skippedTotal() + counter.badCount);
            c.commit();
            if (!project.isTemporary()) {
                writeThrough(c);
            }
            c.setAutoCommit(auto);
            return counter.report(importId, used);
        } catch (IOException e) {
            ImportException failure = space.explains(e, project) ? DiskSpace.fullDuring(fileName, project, e)
                    : new ImportException("Cannot read " + fileName + ": " + IoReasons.of(e), e);
            takeBack(failure, project, appendOnly, importId, rejected, auto);
            throw failure;
        } catch (ImportException | SQLException | RuntimeException e) {
            if (space.explains(e, project)) {
                ImportException failure = DiskSpace.fullDuring(fileName, project, e);
                takeBack(failure, project, appendOnly, importId, rejected, auto);
                throw failure;
            }
            takeBack(e, project, appendOnly, importId, rejected, auto);
            throw e;
        }
    }

    /**
     * Imports an order-line file into memory, with no project ({@code analyze --input}): the same reading, checks
     * and writer as {@link #importFile}, its lines going to a {@link MemoryOrderLines} and its people to
     * {@link CustomerKeys#inMemory} instead of a project. Nothing is written anywhere; rows rejected with
     * {@code skipBadRows} are listed in the report, not saved to a file.
     *
     * @throws ImportException on bad input, naming file, row and column
     */
    public InMemory importInMemory(Path file, TableReader reader, ColumnMapping mapping, boolean skipBadRows,
                                   ImportProgress progress) throws ImportException {
        String fileName = file.getFileName().toString();
        ColumnMapping used = mappingFor(fileName, reader, DataKind.TRANSACTIONS, mapping);
        MemoryOrderLines lines = new MemoryOrderLines();
        Counter counter = new Counter(fileName, skipBadRows, progress, null);
        try (CustomerKeys keys = CustomerKeys.inMemory();
             RowWriter writer = RowWriter.ofTransactions(used, reader.header(), keys, lines)) {
            pass(reader, writer, counter, keys);
            requireRowsKept(fileName, used, counter, progress);
            return new InMemory(counter.report(0, used), lines, keys.shownIds());
        } catch (SQLException e) {
            throw new IllegalStateException("an import into memory uses no database", e);
        }
    }

    /** An order-line file imported into memory: its report, its lines, and its people's ids by customer key − 1. */
    public record InMemory(ImportReport report, MemoryOrderLines lines, String[] customerIds) {
    }

    /** The mapping to import with: {@code mapping}, or the proposed one; complete, and a decimal comma only for text. */
    private static ColumnMapping mappingFor(String fileName, TableReader reader, DataKind kind, ColumnMapping mapping)
            throws ImportException {
        ColumnMapping used = mapping != null ? mapping : MappingProposal.of(reader, kind).mapping();
        used.requireComplete(fileName);
        if (used.decimalMark() == DecimalMark.COMMA && reader.numbersAsStored()) {
            throw new ImportException(fileName + " is a workbook, whose numbers are stored as numbers, not as text: "
                    + "a decimal comma applies to text files (CSV, TSV) only.");
        }
        return used;
    }

    /** Reads every row of the file through {@code writer}, counting them, then writes what is left queued. */
    private static void pass(TableReader reader, RowWriter writer, Counter counter, CustomerKeys keys)
            throws ImportException, SQLException {
        RowPipeline.rows(reader, writer::key, (row, cells, key) -> counter.handle(row, cells, key, writer));
        keys.flush();
        writer.flush();
    }

    /** Refuses an import that kept no row, or whose bad rows the user chose not to leave out. */
    private static void requireRowsKept(String fileName, ColumnMapping used, Counter counter, ImportProgress progress)
            throws ImportException {
        if (counter.imported == 0) {
            throw NothingToImport.of(fileName, used, counter.read, counter.skipped, counter.badCount,
                    counter.bad.isEmpty() ? null : counter.bad.get(0));
        }
        if (counter.badCount > 0 && !progress.keepGoodRows(List.copyOf(counter.bad), counter.badCount)) {
            throw new ImportCancelledException(fileName);
        }
    }

    /**
     * Writes the import to the disk now. A commit leaves it in memory for H2's writer thread, and when that write
     * fails (a full disk) H2 closes the file without telling anyone: the import would be reported done and be gone
     * when the project is next opened.
     */
    private static void writeThrough(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    /**
     * Takes back a failed import ({@link #undo}) and restores the connection's auto-commit. Where that fails too (H2
     * has closed a file it could not write) the failure to report stays {@code failure}, carrying the other.
     */
    private static void takeBack(Exception failure, Project project, boolean appendOnly, long importId,
                                 RejectedRows rejected, boolean auto) {
        try {
            undo(project, appendOnly, importId, rejected);
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
        try {
            project.connection().setAutoCommit(auto);
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /**
     * Takes back a failed or cancelled import: a rollback, for batch-committed kinds the rows already in, and the list
     * of rejected rows it saved (only that file: whatever else is at its name is not FanGrid's).
     */
    private static void undo(Project project, boolean appendOnly, long importId, RejectedRows rejected)
            throws SQLException {
        Connection c = project.connection();
        c.rollback();
        try {
            if (rejected != null) {
                rejected.discard();
            }
        } catch (IOException e) {
            // a stale list of rejected rows is harmless; the import itself is what must be taken back
        }
        if (appendOnly && importId >= 0) {
            project.imports().remove(importId);
            c.commit();
        }
    }

    /** Imports with the proposed mapping, opening the file by its extension. */
    public ImportReport importFile(Project project, Path file, DataKind kind) throws ImportException, SQLException {
        return importFile(project, file, kind, TableReader.open(file), null, false, ImportProgress.NONE);
    }

    /** Where the rows an import rejects are saved: beside the project, named after it and the import. */
    static Path rejectedFile(Project project, long importId) {
        return project.file().resolveSibling(project.name() + "-rejected-" + importId + ".csv");
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Counts rows as they pass and decides what a bad row does. */
    private static final class Counter {
        private final String fileName;
        private final boolean skipBadRows;
        private final ImportProgress progress;
        /** Where rejected rows are saved; null: they are only listed. */
        private final RejectedRows rejected;
        private final Map<SkipReason, Long> skipped = new EnumMap<>(SkipReason.class);
        private final List<BadRow> bad = new ArrayList<>();
        /** Rows with an accepted date outside 1900 to today. */
        private final List<BadRow> outside = new ArrayList<>();
        private long read;
        private long imported;
        private long badCount;
        private long outsideCount;

        Counter(String fileName, boolean skipBadRows, ImportProgress progress, RejectedRows rejected) {
            this.fileName = fileName;
            this.skipBadRows = skipBadRows;
            this.progress = progress;
            this.rejected = rejected;
        }

        void handle(long row, String[] cells, int key, RowWriter writer) throws ImportException {
            if (++read % PROGRESS_EVERY == 0) {
                progress.rowsRead(read);
                if (progress.cancelled()) {
                    throw new ImportCancelledException(fileName);
                }
            }
            long datesOutside = writer.datesOutsideRange();
            try {
                SkipReason skipReason = writer.write(cells, key);
                if (skipReason == null) {
                    imported++;
                } else {
                    skipped.merge(skipReason, 1L, Long::sum);
                }
                if (writer.datesOutsideRange() != datesOutside) {
                    countDateOutside(row, writer.lastDateOutsideRange());
                }
            } catch (BadRowException e) {
                BadRow b = new BadRow(row, e.column(), e.getMessage());
                if (!skipBadRows) {
                    throw new ImportException(fileName + ", " + b.describe());
                }
                badCount++;
                if (bad.size() < LISTED_BAD_ROWS) {
                    bad.add(b);
                }
                try {
                    if (rejected != null) {
                        rejected.add(b, cells);
                    }
                } catch (IOException io) {
                    throw new ImportException("Cannot save the rejected rows of " + fileName + " beside the project: "
                            + IoReasons.of(io), io);
                }
            } catch (SQLException e) {
                throw new ImportException(fileName + ", row " + row + ": " + e.getMessage(), e);
            }
        }

        private void countDateOutside(long row, BadRow where) {
            outsideCount++;
            if (outside.size() < LISTED_BAD_ROWS) {
                outside.add(new BadRow(row, where.column(), where.reason()));
            }
        }

        ImportReport report(long importId, ColumnMapping used) {
            return new ImportReport(importId, used.toString(), read, imported, skipped, List.copyOf(bad), badCount,
                    rejected == null ? null : rejected.file(), List.copyOf(outside), outsideCount);
        }

        long skippedTotal() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }
}
