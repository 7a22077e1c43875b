package fangrid.project;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.h2.api.Trigger;

/**
 * A trigger class a hostile project file names: H2 makes one when it opens the file, and it then writes the file
 * named by the system property {@value #TARGET}, standing for whatever code a real one would run.
 */
public class PayloadTrigger implements Trigger {
    /** The system property naming the file the payload writes. */
    public static final String TARGET = "fangrid.test.payload";

    public PayloadTrigger() {
        touch();
    }

    /** Writes the payload's file, when a test has named one. */
    public static void touch() {
        String target = System.getProperty(TARGET);
        if (target != null) {
            try {
                Files.writeString(Path.of(target), "the payload ran");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        touch();
    }
}
