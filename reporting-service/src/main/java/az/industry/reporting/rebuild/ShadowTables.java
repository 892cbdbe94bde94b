package az.industry.reporting.rebuild;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import az.industry.reporting.service.ProjectionWriter;

/** The rebuild's shadow copies of the projection tables: emptied, then copied over the live tables at the end. */
final class ShadowTables {

    private ShadowTables() {
    }

    /** Empties the shadow tables and starts their event count at 0. */
    static void reset(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + shadow(ProjectionWriter.TABLES));
            s.execute("INSERT INTO " + ProjectionWriter.SHADOW.table("projection_status") + " (id, events_applied) VALUES (1, 0)");
        }
    }

    /**
     * Locks the live tables against writers (the live consumers of every instance wait) but not readers (reports
     * keep answering), in the order the writers take them, until the caller's transaction ends.
     */
    static void lockLive(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LOCK TABLE " + String.join(", ", ProjectionWriter.TABLES) + " IN EXCLUSIVE MODE");
        }
    }

    /** Replaces the live tables' content with the shadow tables', in the caller's (locking) transaction. */
    static void copyIntoLive(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : ProjectionWriter.TABLES) {
                if (!"projection_status".equals(table)) {
                    s.execute("DELETE FROM " + table);
                    s.execute("INSERT INTO " + table + " SELECT * FROM " + ProjectionWriter.SHADOW.table(table));
                }
            }
            s.execute("UPDATE projection_status SET events_applied = (SELECT events_applied FROM "
                    + ProjectionWriter.SHADOW.table("projection_status") + " WHERE id = 1), last_applied_at = now(), "
                    + "version = version + 1 WHERE id = 1");
        }
    }

    /** Empties the shadow tables again, once the live ones hold their content. */
    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("TRUNCATE " + shadow(ProjectionWriter.TABLES));
        }
    }

    private static String shadow(List<String> tables) {
        return tables.stream().map(ProjectionWriter.SHADOW::table).collect(Collectors.joining(", "));
    }
}
