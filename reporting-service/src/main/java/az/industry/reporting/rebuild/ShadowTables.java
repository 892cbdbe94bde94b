package az.industry.reporting.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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

    /**
     * Makes the live tables' content that of the shadow tables, in the caller's (locking) transaction, touching only
     * the rows that differ: those of a live table not in its shadow table (or not identical there) are deleted, those
     * of the shadow table not in the live one (by primary key) inserted. After a rebuild that found nothing missing
     * that is no row at all, so the live writers wait for the comparison only. The message log keeps the time each
     * event was first applied.
     */
    static void copyIntoLive(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL work_mem = '512MB'"); // the comparisons hash whole tables
            for (String table : ProjectionWriter.TABLES) {
                if ("projection_status".equals(table)) {
                    continue;
                }
                String shadow = ProjectionWriter.SHADOW.table(table);
                List<String> keys = primaryKey(c, table);
                String key = String.join(", ", keys);
                String compared = "applied_event".equals(table) ? "event_id, topic" : String.join(", ", columns(c, table));
                s.execute("DELETE FROM " + table + " WHERE (" + key + ") IN (SELECT " + key + " FROM (SELECT " + compared
                        + " FROM " + table + " EXCEPT SELECT " + compared + " FROM " + shadow + ") d)");
                s.execute("INSERT INTO " + table + " SELECT * FROM " + shadow + " s WHERE NOT EXISTS (SELECT 1 FROM "
                        + table + " t WHERE " + keys.stream().map(k -> "t." + k + " = s." + k)
                                .collect(Collectors.joining(" AND ")) + ")");
            }
            s.execute("UPDATE projection_status SET events_applied = (SELECT events_applied FROM "
                    + ProjectionWriter.SHADOW.table("projection_status") + " WHERE id = 1), last_applied_at = now(), "
                    + "version = version + 1 WHERE id = 1");
        }
    }

    /** The columns of {@code table}'s primary key. */
    private static List<String> primaryKey(Connection c, String table) throws SQLException {
        return names(c, "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                + "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = CAST(? AS regclass) AND i.indisprimary ORDER BY a.attnum", table);
    }

    /** The columns of {@code table}, in order. */
    private static List<String> columns(Connection c, String table) throws SQLException {
        return names(c, "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
                + "AND table_name = ? ORDER BY ordinal_position", table);
    }

    private static List<String> names(Connection c, String sql, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
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
