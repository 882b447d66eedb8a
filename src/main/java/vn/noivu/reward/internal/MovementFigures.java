package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.reporting.PrefillSources;
import vn.noivu.reward.internal.RegistryStatistics.MovementFilter;

/**
 * Form 0601.N/BNV-TĐKT from the registry's movements, in one pass: each row's filter (scope, duration,
 * kind) in total ({@code reward.movements.<filter>}, column 1) and by the level that launched it
 * ({@code reward.movements.<filter>.national|ministryProvince|unit}, columns 2–4). A cluster's movement
 * counts as launched at the ministry or province level: clusters are organised by a ministry or province
 * (HD 1479/HD-BTĐKT) — an assumption where the form is silent. Movements of the unit's subtree whose
 * decision is dated in the emulation year ending on the cut-off (docs/reward-rules.md).
 */
@Component
class MovementFigures implements PrefillSources {

    static final String PREFIX = "reward.movements.";

    /** The launching level columns: suffix → condition on {@code scope_level}. */
    static final Map<String, String> LEVELS = Map.of(
            "national", "scope_level = 'NATIONAL'",
            "ministryProvince", "scope_level IN ('MINISTRY_PROVINCE', 'CLUSTER')",
            "unit", "scope_level = 'UNIT'");

    private final JdbcClient jdbc;
    private final RegistryStatistics statistics;

    MovementFigures(JdbcClient jdbc, RegistryStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        for (MovementFilter f : MovementFilter.values()) {
            names.add(PREFIX + f.key);
            LEVELS.keySet().forEach(l -> names.add(PREFIX + f.key + "." + l));
        }
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> valuesFor(String unitCode, LocalDate asOf) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        statistics.unitPath(unitCode).ifPresent(path -> {
            StringBuilder counts = new StringBuilder();
            for (MovementFilter f : MovementFilter.values()) {
                column(counts, f.key, f.sql);
                LEVELS.forEach((l, level) -> column(counts, f.key + "." + l, f.sql + " AND " + level));
            }
            jdbc.sql("SELECT " + counts + """
                             FROM reward.movement
                            WHERE starts_with(scope_path, :path) AND decision_date > :from AND decision_date <= :to""")
                    .param("path", path)
                    .param("from", asOf.minusYears(1))
                    .param("to", asOf)
                    .query(rs -> {
                        for (String name : names()) {
                            out.put(name, BigDecimal.valueOf(rs.getLong(name.substring(PREFIX.length()))));
                        }
                    });
        });
        return out;
    }

    private static void column(StringBuilder sql, String alias, String condition) {
        sql.append(sql.isEmpty() ? "" : ", ")
                .append("count(*) FILTER (WHERE ")
                .append(condition)
                .append(") AS \"")
                .append(alias)
                .append('"');
    }
}
