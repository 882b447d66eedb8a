package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.reporting.PrefillSources;

/**
 * Forms 0602.N (state-level awards) and 0603.N (awards of a ministry or province) from the registry, in
 * one pass over the awards of the unit's subtree decided in the emulation year ending on the cut-off
 * (revoked ones excluded). A name is {@code reward.awards.<group>}, then optionally {@code .collective}
 * or {@code .individual}, then optionally {@code .byMinistry} or {@code .byProvince} (the ministry or
 * province the award lies in: the "đơn vị trình" rows of 0602). Groups: a catalogue code of a form's column, a
 * family ({@code ORDER}, {@code MEDAL}, {@code STATE_HONOUR}), {@code state} (everything decided by the
 * Prime Minister or the President: 0602's total) and {@code ministryProvince} (0603's columns: Bằng khen,
 * CSTĐ and Cờ thi đua of a ministry or province).
 */
@Component
class AwardFigures implements PrefillSources {

    static final String PREFIX = "reward.awards.";

    /** An award counted once: its code, family, level, subject and the type of its top-level unit. */
    record Counted(String titleCode, String family, String decisionLevel, boolean collective, String topType, long n) {}

    static final Map<String, Predicate<Counted>> GROUPS = new LinkedHashMap<>();

    static {
        for (String code :
                List.of("CO_TD_CP", "CSTD_TQ", "BANG_KHEN_TTG", "BANG_KHEN_BO_TINH", "CSTD_BO_TINH", "CO_TD_BO_TINH")) {
            GROUPS.put(code, c -> c.titleCode().equals(code));
        }
        for (String family : List.of("ORDER", "MEDAL", "STATE_HONOUR")) {
            GROUPS.put(family, c -> c.family().equals(family));
        }
        GROUPS.put(
                "state",
                c -> c.decisionLevel().equals("PRIME_MINISTER")
                        || c.decisionLevel().equals("PRESIDENT"));
        GROUPS.put(
                "ministryProvince",
                c -> Set.of("BANG_KHEN_BO_TINH", "CSTD_BO_TINH", "CO_TD_BO_TINH")
                        .contains(c.titleCode()));
    }

    /** Who received it: anyone, a unit, a person. */
    static final Map<String, Predicate<Counted>> SUBJECTS =
            Map.of("", c -> true, ".collective", Counted::collective, ".individual", c -> !c.collective());

    /** Where it lies: anywhere, in a ministry (or ministry-level or government agency), in a province. */
    static final Map<String, Predicate<Counted>> ORIGINS = Map.of(
            "",
            c -> true,
            ".byMinistry",
            c -> Set.of("MINISTRY", "MINISTRY_LEVEL_AGENCY", "GOVERNMENT_AGENCY")
                    .contains(c.topType()),
            ".byProvince",
            c -> "PROVINCIAL_PEOPLES_COMMITTEE".equals(c.topType()));

    private final JdbcClient jdbc;
    private final RegistryStatistics statistics;

    AwardFigures(JdbcClient jdbc, RegistryStatistics statistics) {
        this.jdbc = jdbc;
        this.statistics = statistics;
    }

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        GROUPS.keySet()
                .forEach(g ->
                        SUBJECTS.keySet().forEach(s -> ORIGINS.keySet().forEach(o -> names.add(PREFIX + g + s + o))));
        return names;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> valuesFor(String unitCode, LocalDate asOf) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        statistics.unitPath(unitCode).ifPresent(path -> {
            List<Counted> counted = jdbc.sql("""
                            SELECT a.title_code, c.family, c.decision_level, a.org_code IS NOT NULL AS collective,
                                   top.type AS top_type, count(*) AS n
                            FROM reward.award a
                            CROSS JOIN LATERAL (SELECT family, decision_level FROM reward.catalogue k
                                                WHERE k.code = a.title_code ORDER BY k.valid_from DESC LIMIT 1) c
                            LEFT JOIN organization.api_unit top
                                   ON top.code = substring(a.scope_path FROM '^/([^/]+)/')
                            WHERE starts_with(a.scope_path, :path) AND a.revoked_on IS NULL
                              AND a.decision_date > :from AND a.decision_date <= :to
                            GROUP BY 1, 2, 3, 4, 5""")
                    .param("path", path)
                    .param("from", asOf.minusYears(1))
                    .param("to", asOf)
                    .query(Counted.class)
                    .list();
            GROUPS.forEach((group, inGroup) ->
                    SUBJECTS.forEach((subject, bySubject) -> ORIGINS.forEach((origin, byOrigin) -> out.put(
                            PREFIX + group + subject + origin,
                            BigDecimal.valueOf(counted.stream()
                                    .filter(c -> inGroup.test(c) && bySubject.test(c) && byOrigin.test(c))
                                    .mapToLong(Counted::n)
                                    .sum())))));
        });
        return out;
    }
}
