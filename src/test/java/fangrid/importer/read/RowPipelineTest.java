package fangrid.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fangrid.domain.ImportException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RowPipelineTest {
    /** A table of {@code rows} rows that fails with {@code failure} after them, if given, and counts what it read. */
    private static TableReader table(long rows, ImportException failure, AtomicLong read) {
        return new TableReader() {
            @Override
            public List<String> header() {
                return List.of("n");
            }

            @Override
            public void rows(RowHandler handler) throws ImportException {
                for (long r = 2; r < rows + 2; r++) {
                    read.incrementAndGet();
                    handler.row(r, new String[] {Long.toString(r)});
                }
                if (failure != null) {
                    throw failure;
                }
            }

            @Override
            public String describe() {
                return "test";
            }
        };
    }

    @Test
    void handsEveryRowOverInOrderOnTheCallingThread() throws ImportException {
        List<Long> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        RowPipeline.rows(table(10_000, null, new AtomicLong()), (row, cells) -> {
            assertSame(caller, Thread.currentThread());
            assertEquals(Long.toString(row), cells[0]);
            seen.add(row);
        });
        assertEquals(10_000, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 2, seen.get(i));
        }
    }

    @Test
    void aReadingErrorComesAfterTheRowsReadBeforeIt() {
        ImportException broken = new ImportException("broken at row 5002");
        AtomicLong handled = new AtomicLong();
        ImportException e = assertThrows(ImportException.class,
                () -> RowPipeline.rows(table(5_000, broken, new AtomicLong()), (row, cells) -> handled.incrementAndGet()));
        assertSame(broken, e);
        assertEquals(5_000, handled.get());
    }

    @Test
    void aHandlerErrorStopsTheReading() {
        AtomicLong read = new AtomicLong();
        ImportException e = assertThrows(ImportException.class, () -> RowPipeline.rows(table(10_000_000, null, read),
                (row, cells) -> {
                    if (row == 100) {
                        throw new ImportException("bad row 100");
                    }
                }));
        assertEquals("bad row 100", e.getMessage());
        assertTrue(read.get() < 10_000_000, "stopped reading after " + read.get() + " rows");
    }
}
