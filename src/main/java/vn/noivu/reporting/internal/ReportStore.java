package vn.noivu.reporting.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The reports and their versions (SQL of the reporting schema). */
@Component
public class ReportStore {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, Prefills.Prefilled>> PREFILLED = new TypeReference<>() {};
    private static final TypeReference<LinkedHashMap<String, String>> REASONS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        // Numbers read back exactly (0.1 stays 0.1): a report's figures are decimals, not doubles.
        this.json = json.rebuild()
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    private static final String COLUMNS = """
            id, form_code, period, unit_code, status, cell_values::text AS cell_values, received_on,
            first_submitted_on, deadline, return_reason, versions, updated_by, updated_at,
            prefill::text AS prefill, overrides::text AS overrides""";

    public Optional<Report> find(String form, String period, String unit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM reporting.report WHERE form_code = :f AND period = :p AND unit_code = :u")
                .param("f", form)
                .param("p", period)
                .param("u", unit)
                .query(this::report)
                .optional();
    }

    /** The report locked for a change in this transaction. */
    public Optional<Report> lock(String form, String period, String unit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM reporting.report"
                        + " WHERE form_code = :f AND period = :p AND unit_code = :u FOR UPDATE")
                .param("f", form)
                .param("p", period)
                .param("u", unit)
                .query(this::report)
                .optional();
    }

    // Lists and completeness need the status and dates, not the figures: 3,000 reports of 200 cells
    // each would be read and parsed for nothing.
    private static final String STATUS_COLUMNS = """
            id, form_code, period, unit_code, status, '{}' AS cell_values, received_on,
            first_submitted_on, deadline, return_reason, versions, updated_by, updated_at,
            '{}' AS prefill, '{}' AS overrides""";

    /** The reports of these units for a form and period, by unit code (with their figures). */
    public Map<String, Report> of(String form, String period, Collection<String> units) {
        return of(form, period, units, true);
    }

    /** The reports of these units for a form and period, by unit code; without figures unless asked. */
    public Map<String, Report> of(String form, String period, Collection<String> units, boolean withValues) {
        Map<String, Report> out = new LinkedHashMap<>();
        jdbc.sql("SELECT " + (withValues ? COLUMNS : STATUS_COLUMNS)
                        + " FROM reporting.report WHERE form_code = :f AND period = :p AND unit_code = ANY(:units)")
                .param("f", form)
                .param("p", period)
                .param("units", units.toArray(String[]::new))
                .query(this::report)
                .list()
                .forEach(r -> out.put(r.unitCode(), r));
        return out;
    }

    public void create(String form, String period, String unit, LocalDate deadline, String actor) {
        jdbc.sql("""
                        INSERT INTO reporting.report (form_code, period, unit_code, status, deadline, updated_by)
                        VALUES (:f, :p, :u, 'DRAFT', :deadline, :actor)""")
                .param("f", form)
                .param("p", period)
                .param("u", unit)
                .param("deadline", deadline)
                .param("actor", actor)
                .update();
    }

    public void saveValues(
            long id, Map<String, Object> values, Map<String, String> overrides, LocalDate receivedOn, String actor) {
        jdbc.sql("""
                        UPDATE reporting.report SET cell_values = CAST(:v AS jsonb), received_on = :received,
                               overrides = CAST(:o AS jsonb), updated_by = :actor, updated_at = now()
                        WHERE id = :id""")
                .param("v", json.writeValueAsString(values))
                .param("o", json.writeValueAsString(overrides))
                .param("received", receivedOn)
                .param("actor", actor)
                .param("id", id)
                .update();
    }

    /** Keeps the figures computed for the report's cells (with their source and day). */
    public void savePrefill(long id, Map<String, Prefills.Prefilled> prefill) {
        jdbc.sql("UPDATE reporting.report SET prefill = CAST(:p AS jsonb) WHERE id = :id")
                .param("p", json.writeValueAsString(prefill))
                .param("id", id)
                .update();
    }

    /** Records a submission: a new version with the current values, and the report's new status. */
    public void submitted(Report report, ReportStatus status, LocalDate today, String actor) {
        int version = report.versions() + 1;
        jdbc.sql("""
                        INSERT INTO reporting.report_version
                            (report_id, version, cell_values, received_on, submitted_by, prefill, overrides)
                        VALUES (:id, :version, CAST(:v AS jsonb), :received, :actor, CAST(:p AS jsonb), CAST(:o AS jsonb))""")
                .param("id", report.id())
                .param("version", version)
                .param("v", json.writeValueAsString(report.values()))
                .param("p", json.writeValueAsString(report.prefill()))
                .param("o", json.writeValueAsString(report.overrides()))
                .param("received", report.receivedOn())
                .param("actor", actor)
                .update();
        jdbc.sql("""
                        UPDATE reporting.report SET status = :status, versions = :version, return_reason = NULL,
                               first_submitted_on = COALESCE(first_submitted_on, :today),
                               updated_by = :actor, updated_at = now()
                        WHERE id = :id""")
                .param("status", status.name())
                .param("version", version)
                .param("today", today)
                .param("actor", actor)
                .param("id", report.id())
                .update();
    }

    /** Records the receiver's decision on the last version. */
    public void decided(Report report, ReportStatus status, String reason, String actor) {
        jdbc.sql("""
                        UPDATE reporting.report_version SET outcome = :outcome, reason = :reason, decided_by = :actor,
                               decided_at = now()
                        WHERE report_id = :id AND version = :version""")
                .param("outcome", status.name())
                .param("reason", reason)
                .param("actor", actor)
                .param("id", report.id())
                .param("version", report.versions())
                .update();
        jdbc.sql("""
                        UPDATE reporting.report SET status = :status, return_reason = :reason, updated_by = :actor,
                               updated_at = now()
                        WHERE id = :id""")
                .param("status", status.name())
                .param("reason", reason)
                .param("actor", actor)
                .param("id", report.id())
                .update();
    }

    /**
     * Records the reopening of an accepted report: the accepted version keeps its outcome and notes who
     * reopened it, when and why; the report goes back to RETURNED with the reason, so the unit may
     * correct and resubmit it. Leaving ACCEPTED takes its figures out of the consolidation's tables
     * (the statement triggers on {@code reporting.report}).
     */
    public void reopened(Report report, String reason, String actor) {
        jdbc.sql("""
                        UPDATE reporting.report_version SET reopened_by = :actor, reopened_at = now(),
                               reopen_reason = :reason
                        WHERE report_id = :id AND version = :version""")
                .param("reason", reason)
                .param("actor", actor)
                .param("id", report.id())
                .param("version", report.versions())
                .update();
        jdbc.sql("""
                        UPDATE reporting.report SET status = 'RETURNED', return_reason = :reason, updated_by = :actor,
                               updated_at = now()
                        WHERE id = :id AND status = 'ACCEPTED'""")
                .param("reason", reason)
                .param("actor", actor)
                .param("id", report.id())
                .update();
    }

    public List<ReportVersion> versions(long reportId) {
        return jdbc.sql("""
                        SELECT version, cell_values::text AS cell_values, received_on, submitted_by, submitted_at,
                               outcome, reason, decided_by, decided_at, reopened_by, reopened_at, reopen_reason
                        FROM reporting.report_version WHERE report_id = :id ORDER BY version""")
                .param("id", reportId)
                .query((rs, n) -> new ReportVersion(
                        rs.getInt("version"),
                        values(rs.getString("cell_values")),
                        rs.getObject("received_on", LocalDate.class),
                        rs.getString("submitted_by"),
                        rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getString("outcome"),
                        rs.getString("reason"),
                        rs.getString("decided_by"),
                        rs.getObject("decided_at", OffsetDateTime.class),
                        rs.getString("reopened_by"),
                        rs.getObject("reopened_at", OffsetDateTime.class),
                        rs.getString("reopen_reason")))
                .list();
    }

    /**
     * The sum of each numeric cell over the accepted reports of these units: the figures kept for
     * accepted reports, read through their primary key; when {@code units} is null, over all of them:
     * the totals kept beside the figures.
     */
    public Map<String, BigDecimal> sumAccepted(String form, String period, Collection<String> units) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        // The whole country reads the totals kept by the triggers (200 rows for a form of 200 cells);
        // summing report_figure here instead would add up every figure (671,000 for 3,355 units).
        var sql = units == null ? jdbc.sql("""
                        SELECT cell, value AS total FROM reporting.report_total
                        WHERE form_code = :f AND period = :p""") : jdbc.sql("""
                                SELECT cell, sum(value) AS total FROM reporting.report_figure
                                WHERE form_code = :f AND period = :p AND unit_code = ANY(:units) GROUP BY cell""").param("units", units.toArray(String[]::new));
        sql.param("f", form)
                .param("p", period)
                .query((rs, n) -> Map.entry(rs.getString("cell"), rs.getBigDecimal("total")))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Each of these units' path in today's tree (units unknown to the tree are left out). */
    public Map<String, String> todaysOwnPaths(Collection<String> units) {
        Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("SELECT code, path FROM organization.api_unit WHERE code = ANY(:units)")
                .param("units", units.toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The units with an accepted report for a form and period. */
    public List<String> acceptedUnits(String form, String period) {
        return jdbc.sql("""
                        SELECT unit_code FROM reporting.report
                        WHERE form_code = :f AND period = :p AND status = 'ACCEPTED' ORDER BY unit_code""")
                .param("f", form)
                .param("p", period)
                .query(String.class)
                .list();
    }

    /**
     * Each of these units mapped to the unit that stands for it today: itself if still in force, else
     * the nearest successor in force reached through the organisation lineage (the first by code when a
     * split leaves several); a unit dissolved without successor stands for itself. Answers each unit's
     * own path in today's tree and the path of the unit standing for it.
     */
    public Map<String, StandingPaths> todaysPaths(Collection<String> units, LocalDate today) {
        Map<String, StandingPaths> out = new LinkedHashMap<>();
        jdbc.sql("""
                        WITH RECURSIVE chain(origin, code, depth) AS (
                            SELECT c, c, 0 FROM unnest(CAST(:units AS text[])) AS c
                            UNION
                            SELECT ch.origin, l.successor_code, ch.depth + 1
                            FROM chain ch JOIN organization.api_lineage l ON l.predecessor_code = ch.code
                            WHERE ch.depth < 30
                        ), standing AS (
                            SELECT DISTINCT ON (ch.origin) ch.origin, u.path
                            FROM chain ch JOIN organization.api_unit u ON u.code = ch.code
                            WHERE u.valid_from <= :today AND (u.valid_to IS NULL OR u.valid_to > :today)
                            ORDER BY ch.origin, ch.depth, ch.code
                        )
                        SELECT c AS origin, u.path AS own, COALESCE(s.path, u.path) AS standing
                        FROM unnest(CAST(:units AS text[])) AS c
                        LEFT JOIN standing s ON s.origin = c
                        LEFT JOIN organization.api_unit u ON u.code = c""")
                .param("units", units.toArray(String[]::new))
                .param("today", today)
                .query((rs, n) -> Map.entry(
                        rs.getString("origin"), new StandingPaths(rs.getString("own"), rs.getString("standing"))))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** A unit's own path in today's tree, and the path of the unit standing for it today. */
    public record StandingPaths(String own, String standing) {}

    private Report report(ResultSet rs, int n) throws SQLException {
        return new Report(
                rs.getLong("id"),
                rs.getString("form_code"),
                rs.getString("period"),
                rs.getString("unit_code"),
                ReportStatus.valueOf(rs.getString("status")),
                values(rs.getString("cell_values")),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("first_submitted_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                rs.getString("return_reason"),
                rs.getInt("versions"),
                rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class),
                json.readValue(rs.getString("prefill"), PREFILLED),
                json.readValue(rs.getString("overrides"), REASONS));
    }

    private Map<String, Object> values(String text) {
        return text == null ? Map.of() : json.readValue(text, MAP);
    }
}
