package fangrid.export;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One row's cells, in column order, written to a CSV file or a sheet; a null text or date is an empty cell. */
interface CellWriter {
    void text(String value) throws IOException;

    void number(long value) throws IOException;

    void number(double value) throws IOException;

    /** A share 0–1 already rounded as it is shown (0.412), written as a percentage (41.2 %). */
    void percent(BigDecimal share) throws IOException;

    void bool(boolean value) throws IOException;

    void date(LocalDate value) throws IOException;

    void empty() throws IOException;
}
