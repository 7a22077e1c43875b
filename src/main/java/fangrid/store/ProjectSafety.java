package fangrid.store;

import fangrid.domain.ProjectException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A project file may come from someone else (a client's file). H2 can store code that runs later —
 * triggers, Java aliases, linked tables — and FanGrid never creates any: refuse a file that has them.
 */
final class ProjectSafety {
    private ProjectSafety() {
    }

    static void check(Connection c, Path file) throws SQLException, ProjectException {
        refuseIfAny(c, file, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS", "triggers");
        refuseIfAny(c, file, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES"
                + " WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA'", "user-defined functions");
        refuseIfAny(c, file, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'TABLE LINK'",
                "linked tables");
    }

    private static void refuseIfAny(Connection c, Path file, String sql, String what)
            throws SQLException, ProjectException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new ProjectException(ProjectException.Reason.UNSAFE, file.getFileName() + " contains " + what
                        + ", which FanGrid projects never have; it was not opened, for your safety.", null,
                        file.getFileName());
            }
        }
    }
}
