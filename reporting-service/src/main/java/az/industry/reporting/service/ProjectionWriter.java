package az.industry.reporting.service;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import az.industry.reporting.model.IncomingEvent;
import az.industry.reporting.model.Metric;
import az.industry.reporting.service.ProjectionHandler.BatchApplied;

/**
 * Applies a batch of events to one set of projection tables (the live ones, or the rebuild's shadow copies
 * named with a prefix) on the caller's connection and transaction: logs each new {@code ce_id}, tracks each
 * record's recorded/voided state and adds the net changes to the totals.
 */
public final class ProjectionWriter {

    /** The array element types of {@link #STATE_COLUMNS}, in order (before the writers: their constructors use it). */
    private static final List<String> STATE_TYPES = List.of("uuid", "text", "text", "text", "date", "numeric", "int4",
            "text", "bool", "bool", "text", "text", "text", "text", "text", "text", "numeric", "text", "timestamptz",
            "text", "text", "timestamptz", "text");

    /** Writes the live tables. */
    public static final ProjectionWriter LIVE = new ProjectionWriter("", true);
    /** Writes the shadow tables a rebuild fills ({@code rebuild_applied_event}, ...). */
    public static final ProjectionWriter SHADOW = new ProjectionWriter("rebuild_", true);
    /**
     * Writes only the message log and record states of the shadow tables: the rebuild replays the topics with it,
     * then computes the summed tables once from the states ({@link #deriveSums}) and goes on with {@link #SHADOW}.
     */
    public static final ProjectionWriter REPLAY = new ProjectionWriter("rebuild_", false);

    /** The projection tables, in the order every writer locks them. */
    public static final List<String> TABLES;

    static {
        List<String> tables = new ArrayList<>(List.of("applied_event", "record_state"));
        for (SumTable t : SumTable.values()) {
            tables.add(t.table);
        }
        tables.add("projection_status");
        TABLES = List.copyOf(tables);
    }

    private static final String STATE_COLUMNS = "record_id, kind, zone_id, sector, occurred_on, azn, jobs, country, "
            + "recorded, voided, company, company_key, product, product_key, unit, unit_key, quantity, hs_code, recorded_at, "
            + "recorded_by, voided_by, voided_at, void_reason";

    private final String prefix;
    private final boolean sums;
    private final String logEvents;
    private final String selectStates;
    private final String upsertStates;
    private final String addStatus;

    private ProjectionWriter(String prefix, boolean sums) {
        this.prefix = prefix;
        this.sums = sums;
        logEvents = "INSERT INTO " + table("applied_event") + " (event_id, topic) "
                + "SELECT * FROM unnest(?::varchar[], ?::varchar[]) ON CONFLICT (event_id) DO NOTHING RETURNING event_id";
        selectStates = "SELECT " + STATE_COLUMNS + " FROM " + table("record_state")
                + " WHERE record_id = ANY(?) ORDER BY record_id FOR UPDATE";
        upsertStates = "INSERT INTO " + table("record_state") + " (" + STATE_COLUMNS + ") SELECT * FROM unnest("
                + new Columns(STATE_TYPES).parameters() + ") ON CONFLICT (record_id) DO UPDATE "
                + "SET recorded = EXCLUDED.recorded, voided = EXCLUDED.voided, company = EXCLUDED.company, "
                + "company_key = EXCLUDED.company_key, product = EXCLUDED.product, product_key = EXCLUDED.product_key, "
                + "unit = EXCLUDED.unit, unit_key = EXCLUDED.unit_key, quantity = EXCLUDED.quantity, "
                + "hs_code = EXCLUDED.hs_code, recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by, "
                + "voided_by = EXCLUDED.voided_by, voided_at = EXCLUDED.voided_at, void_reason = EXCLUDED.void_reason";
        addStatus = "UPDATE " + table("projection_status")
                + " SET events_applied = events_applied + ?, last_applied_at = now(), version = version + 1 WHERE id = 1";
    }

    /** The name of {@code table} in this writer's set. */
    public String table(String table) {
        return prefix + table;
    }

    /** Applies {@code events} in the caller's transaction; returns what changed. */
    public BatchApplied apply(Connection c, List<IncomingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return new BatchApplied(0, 0, List.of());
        }
        List<IncomingEvent> fresh = logNewEvents(c, events);
        int duplicates = events.size() - fresh.size();
        if (fresh.isEmpty()) {
            return new BatchApplied(0, duplicates, List.of());
        }
        Map<UUID, RecordState> states = loadStates(c, fresh);
        Deltas deltas = new Deltas(sums);
        for (IncomingEvent e : fresh) {
            RecordTransitions.apply(states, e, deltas);
        }
        saveStates(c, states);
        if (sums) {
            deltas.write(c, prefix);
        }
        try (PreparedStatement ps = c.prepareStatement(addStatus)) {
            ps.setLong(1, fresh.size());
            ps.executeUpdate();
        }
        return new BatchApplied(fresh.size(), duplicates, deltas.changedZones());
    }

    /** Inserts the batch's ce_ids into the message log; returns the events whose id was not there yet. */
    private List<IncomingEvent> logNewEvents(Connection c, List<IncomingEvent> events) throws SQLException {
        Map<String, IncomingEvent> byId = new LinkedHashMap<>();
        for (IncomingEvent e : events) {
            byId.putIfAbsent(e.eventId(), e);
        }
        String[] ids = byId.keySet().toArray(String[]::new);
        String[] topics = byId.values().stream().map(IncomingEvent::topic).toArray(String[]::new);
        Set<String> inserted = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(logEvents)) {
            ps.setArray(1, c.createArrayOf("varchar", ids));
            ps.setArray(2, c.createArrayOf("varchar", topics));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getString(1));
                }
            }
        }
        List<IncomingEvent> fresh = new ArrayList<>(inserted.size());
        for (IncomingEvent e : byId.values()) {
            if (inserted.contains(e.eventId())) {
                fresh.add(e);
            }
        }
        return fresh;
    }

    private Map<UUID, RecordState> loadStates(Connection c, List<IncomingEvent> events) throws SQLException {
        UUID[] ids = events.stream().map(e -> e.record().id()).distinct().sorted().toArray(UUID[]::new);
        Map<UUID, RecordState> states = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(selectStates)) {
            Array array = c.createArrayOf("uuid", ids);
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    states.put(id, new RecordState(id, Metric.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), rs.getInt(7),
                            rs.getString(8), details(rs), who(rs), rs.getBoolean(9), rs.getBoolean(10)));
                }
            }
        }
        return states;
    }

    /** Upserts every changed state in one statement, in record id order (the order their rows were locked in). */
    private void saveStates(Connection c, Map<UUID, RecordState> states) throws SQLException {
        Columns columns = new Columns(STATE_TYPES);
        for (RecordState s : new TreeMap<>(states).values()) {
            if (!s.changed) {
                continue;
            }
            RecordState.Details d = s.details;
            RecordState.Who who = s.who;
            columns.add(s.recordId, s.metric, s.zoneId, s.sector, s.day, s.azn, s.jobs, s.country, s.recorded, s.voided,
                    d.company(), d.companyKey(), d.product(), d.productKey(), d.unit(), d.unitKey(), d.quantity(),
                    d.hsCode(), d.recordedAt(), who.recordedBy(), who.voidedBy(), who.voidedAt(), who.voidReason());
        }
        if (columns.rows() > 0) {
            try (PreparedStatement ps = c.prepareStatement(upsertStates)) {
                columns.bind(c, ps, 1);
                ps.executeUpdate();
            }
        }
    }

    /**
     * Fills the summed tables of this writer's set from its record states, in one statement per table (daily
     * tables from the counted states, coarser ones from the finer), in the caller's transaction; they must be
     * empty. What the rebuild does once its replay ({@link #REPLAY}) has read the topics.
     */
    public void deriveSums(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL work_mem = '512MB'"); // grouping a million states fits in memory
            for (SumTable t : SumTable.values()) {
                s.execute(t.derive(prefix));
            }
        }
    }

    /** Who recorded and voided the record of a row read with {@link #STATE_COLUMNS} (all null before V4). */
    private static RecordState.Who who(ResultSet rs) throws SQLException {
        Timestamp voidedAt = rs.getTimestamp(22);
        return new RecordState.Who(rs.getString(20), rs.getString(21), voidedAt == null ? null : voidedAt.toInstant(),
                rs.getString(23));
    }

        /** The details of a row read with {@link #STATE_COLUMNS}; null on a row projected before V3. */
    private static RecordState.Details details(ResultSet rs) throws SQLException {
        if (rs.getString(12) == null) {
            return null;
        }
        Timestamp at = rs.getTimestamp(19);
        return new RecordState.Details(rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getBigDecimal(17), rs.getString(18),
                at == null ? null : at.toInstant());
    }
}
