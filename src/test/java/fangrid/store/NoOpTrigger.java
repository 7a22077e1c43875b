package fangrid.store;

import java.sql.Connection;
import org.h2.api.Trigger;

/** A trigger that does nothing: what matters to the test is that a file carries one. */
public class NoOpTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        // nothing
    }
}
