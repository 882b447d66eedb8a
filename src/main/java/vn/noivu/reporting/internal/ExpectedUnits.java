package vn.noivu.reporting.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which units must report a form for a period: the organisation units in force on the period's
 * cut-off whose type (and tier) the form names, or whose code it lists — read from the organisation
 * module's published views (docs/decisions/001), within a scope given as today's tree path.
 */
@Component
public class ExpectedUnits {

    // The tier of each type (docs/organization-types.md); a public service unit takes its parent's
    // tier, which the published views do not carry, so a tier filter leaves such units out.
    private static final String TIER_OF_TYPE = """
            (VALUES ('MINISTRY', 'CENTRAL'), ('MINISTRY_LEVEL_AGENCY', 'CENTRAL'), ('GOVERNMENT_AGENCY', 'CENTRAL'),
                    ('MINISTRY_UNIT', 'CENTRAL'), ('PROVINCIAL_PEOPLES_COMMITTEE', 'PROVINCIAL'),
                    ('PROVINCIAL_DEPARTMENT', 'PROVINCIAL'), ('DEPARTMENT_UNIT', 'PROVINCIAL'),
                    ('DISTRICT_PEOPLES_COMMITTEE', 'DISTRICT'), ('DISTRICT_OFFICE', 'DISTRICT'),
                    ('COMMUNE_PEOPLES_COMMITTEE', 'COMMUNE'), ('COMMUNE_OFFICE', 'COMMUNE')) AS t(type, tier)""";

    private final JdbcClient jdbc;

    ExpectedUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units that must report {@code form} for the period ending {@code cutOff}, inside {@code scopePattern}. */
    public List<ReportingUnit> of(FormDefinition form, LocalDate cutOff, String scopePattern) {
        return query(form, cutOff, scopePattern, null);
    }

    // The units that must report: in force on the cut-off, of a type (and tier) the form names or listed
    // by code, inside the scope's subtree of today's tree.
    private static final String UNITS = """
            FROM organization.api_unit_version v
            JOIN organization.api_unit u ON u.code = v.code
            LEFT JOIN %s ON t.type = v.type
            """.formatted(TIER_OF_TYPE);

    private static final String EXPECTED = """
            WHERE v.valid_from <= :cut AND (v.valid_to IS NULL OR v.valid_to > :cut)
              AND ((v.type = ANY(:types) AND (cardinality(CAST(:tiers AS text[])) = 0 OR t.tier = ANY(:tiers)))
                   OR v.code = ANY(:codes))
              AND u.path LIKE :scope""";

    private List<ReportingUnit> query(FormDefinition form, LocalDate cutOff, String scopePattern, String unitCode) {
        return expected(
                        "SELECT v.code, v.name, v.type, v.province_code, u.path\n" + UNITS + EXPECTED
                                + "\n AND (CAST(:unit AS text) IS NULL OR v.code = :unit)"
                                + " ORDER BY v.province_code NULLS FIRST, v.name, v.code",
                        form,
                        cutOff,
                        scopePattern)
                .param("unit", unitCode)
                .query(ReportingUnit.class)
                .list();
    }

    private JdbcClient.StatementSpec expected(String sql, FormDefinition form, LocalDate cutOff, String scopePattern) {
        return jdbc.sql(sql)
                .param("cut", cutOff)
                .param("types", form.reportingUnits().types().toArray(String[]::new))
                .param("tiers", form.reportingUnits().tiers().toArray(String[]::new))
                .param("codes", form.reportingUnits().codes().toArray(String[]::new))
                .param("scope", scopePattern);
    }

    /**
     * A province's counts of a form's period (province null: the central agencies): the units
     * expected, the reports sent (waiting for the receiver or accepted), accepted, and sent by the
     * deadline (a paper report's arrival, else its first submission).
     */
    public record Counts(String province, int expected, int submitted, int accepted, int onTime) {}

    /**
     * The completeness counts of the units that must report {@code form} for the period inside
     * {@code scopePattern}, by province: one grouped query over the expected units and their reports
     * (the completeness page for 3,355 units must answer within 200 ms; listing every unit and report
     * to count them in Java did not).
     */
    public List<Counts> countsByProvince(
            FormDefinition form, LocalDate cutOff, String scopePattern, String formCode, String period) {
        String[] sent = java.util.Arrays.stream(ReportStatus.values())
                .filter(ReportStatus::sent)
                .map(Enum::name)
                .toArray(String[]::new);
        return expected(
                        """
                        SELECT v.province_code AS province, count(*) AS expected,
                               count(r.id) FILTER (WHERE r.status = ANY(:sent)) AS submitted,
                               count(r.id) FILTER (WHERE r.status = 'ACCEPTED') AS accepted,
                               count(r.id) FILTER (WHERE r.status = ANY(:sent)
                                   AND COALESCE(r.received_on, r.first_submitted_on) <= r.deadline) AS on_time
                        """ + UNITS
                                + " LEFT JOIN reporting.report r"
                                + " ON r.form_code = :form AND r.period = :period AND r.unit_code = v.code\n"
                                + EXPECTED
                                + "\n GROUP BY v.province_code ORDER BY v.province_code NULLS FIRST",
                        form,
                        cutOff,
                        scopePattern)
                .param("sent", sent)
                .param("form", formCode)
                .param("period", period)
                .query((rs, n) -> new Counts(
                        rs.getString("province"),
                        rs.getInt("expected"),
                        rs.getInt("submitted"),
                        rs.getInt("accepted"),
                        rs.getInt("on_time")))
                .list();
    }

    /** One unit, if it must report the form for that period (in any scope). */
    public Optional<ReportingUnit> find(FormDefinition form, LocalDate cutOff, String unitCode) {
        return query(form, cutOff, "%", unitCode).stream().findFirst();
    }

    /** Each province's name on a day (its People's Committee's name), by province code. */
    public java.util.Map<String, String> provinceNames(LocalDate day) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT province_code, name FROM organization.api_unit_version
                        WHERE type = 'PROVINCIAL_PEOPLES_COMMITTEE' AND province_code IS NOT NULL
                          AND valid_from <= :day AND (valid_to IS NULL OR valid_to > :day)""")
                .param("day", day)
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The name of a unit on a day (its last name if it had ended), for headers. */
    public Optional<String> nameOf(String code, LocalDate day) {
        return jdbc.sql("""
                        SELECT name FROM organization.api_unit_version WHERE code = :code AND valid_from <= :day
                        ORDER BY valid_from DESC LIMIT 1""")
                .param("code", code)
                .param("day", day)
                .query(String.class)
                .optional();
    }
}
