package vn.noivu.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.reporting.PrefillSources;

/**
 * Pre-fills the counts of administrative units and organisations on the cut-off: the administrative
 * units of the province a provincial People's Committee reports for (districts; communes by type — xã, phường, thị trấn, đặc khu)
 * from the administrative-unit module's published view, and the organisations in the reporting unit's
 * subtree by type from the organisation module's. They live here because both modules are below
 * reporting (reporting reads them; they know nothing of reports).
 */
@Component
class UnitCountPrefill implements PrefillSources {

    private static final Map<String, String> ADMIN = Map.of(
            "adminunit.districts", "level = 'district'",
            "adminunit.communes", "level = 'commune'",
            "adminunit.communes.xa", "level = 'commune' AND type = 'Xã'",
            "adminunit.communes.phuong", "level = 'commune' AND type = 'Phường'",
            "adminunit.communes.thi-tran", "level = 'commune' AND type = 'Thị trấn'",
            "adminunit.communes.dac-khu", "level = 'commune' AND type = 'Đặc khu'");

    private static final Map<String, String> ORGANISATIONS = Map.of(
            "organization.provincial-departments", "PROVINCIAL_DEPARTMENT",
            "organization.department-units", "DEPARTMENT_UNIT",
            "organization.public-service-units", "PUBLIC_SERVICE_UNIT",
            "organization.district-committees", "DISTRICT_PEOPLES_COMMITTEE",
            "organization.commune-committees", "COMMUNE_PEOPLES_COMMITTEE",
            "organization.commune-offices", "COMMUNE_OFFICE");

    private final JdbcClient jdbc;

    UnitCountPrefill(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> names() {
        Set<String> names = new java.util.TreeSet<>(ADMIN.keySet());
        names.addAll(ORGANISATIONS.keySet());
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> valuesFor(String unitCode, LocalDate asOf) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        String province = jdbc.sql("""
                        SELECT province_code FROM organization.api_unit_version
                        WHERE code = :unit AND type = 'PROVINCIAL_PEOPLES_COMMITTEE'
                          AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)""")
                .param("unit", unitCode)
                .param("d", asOf)
                .query(String.class)
                .optional()
                .orElse(null);
        if (province != null) {
            StringBuilder counts = new StringBuilder();
            ADMIN.forEach((name, condition) -> counts.append(counts.isEmpty() ? "" : ", ")
                    .append("count(*) FILTER (WHERE ")
                    .append(condition)
                    .append(") AS \"")
                    .append(name)
                    .append('"'));
            jdbc.sql("""
                            WITH RECURSIVE t AS (
                                SELECT code, level, type FROM adminunit.api_unit_version
                                WHERE code = :province AND valid_from <= :d AND (valid_to IS NULL OR valid_to > :d)
                                UNION ALL
                                SELECT c.code, c.level, c.type FROM adminunit.api_unit_version c JOIN t ON c.parent_code = t.code
                                WHERE c.valid_from <= :d AND (c.valid_to IS NULL OR c.valid_to > :d)
                            )
                            SELECT %s FROM t""".formatted(counts))
                    .param("province", province)
                    .param("d", asOf)
                    .query(rs -> {
                        for (String name : ADMIN.keySet()) {
                            out.put(name, BigDecimal.valueOf(rs.getLong(name)));
                        }
                    });
        }
        jdbc.sql("""
                        SELECT v.type, count(*) AS n
                        FROM organization.api_unit_version v JOIN organization.api_unit u ON u.code = v.code
                        WHERE v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to > :d)
                          AND u.path LIKE (SELECT path FROM organization.api_unit WHERE code = :unit) || '%'
                          AND v.code <> :unit
                        GROUP BY v.type""")
                .param("unit", unitCode)
                .param("d", asOf)
                .query((rs, n) -> Map.entry(rs.getString("type"), rs.getLong("n")))
                .list()
                .forEach(e -> ORGANISATIONS.forEach((name, type) -> {
                    if (type.equals(e.getKey())) {
                        out.put(name, BigDecimal.valueOf(e.getValue()));
                    }
                }));
        ORGANISATIONS.keySet().forEach(name -> out.putIfAbsent(name, BigDecimal.ZERO));
        return out;
    }
}
