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

    private List<ReportingUnit> query(FormDefinition form, LocalDate cutOff, String scopePattern, String unitCode) {
        return jdbc.sql("""
                        SELECT v.code, v.name, v.type, v.province_code, u.path
                        FROM organization.api_unit_version v
                        JOIN organization.api_unit u ON u.code = v.code
                        LEFT JOIN %s ON t.type = v.type
                        WHERE v.valid_from <= :cut AND (v.valid_to IS NULL OR v.valid_to > :cut)
                          AND ((v.type = ANY(:types) AND (cardinality(CAST(:tiers AS text[])) = 0 OR t.tier = ANY(:tiers)))
                               OR v.code = ANY(:codes))
                          AND u.path LIKE :scope AND (CAST(:unit AS text) IS NULL OR v.code = :unit)
                        ORDER BY v.province_code NULLS FIRST, v.name, v.code""".formatted(TIER_OF_TYPE))
                .param("cut", cutOff)
                .param("types", form.reportingUnits().types().toArray(String[]::new))
                .param("tiers", form.reportingUnits().tiers().toArray(String[]::new))
                .param("codes", form.reportingUnits().codes().toArray(String[]::new))
                .param("scope", scopePattern)
                .param("unit", unitCode)
                .query(ReportingUnit.class)
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
