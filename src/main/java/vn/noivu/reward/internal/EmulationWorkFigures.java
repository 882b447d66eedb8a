package vn.noivu.reward.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.PersonFacts;
import vn.noivu.personnel.Personnel;
import vn.noivu.reporting.PrefillSources;

/**
 * Forms 0604.N (bodies doing emulation and commendation work) and 0605.N (the civil servants doing it)
 * from the organisation and personnel records on the cut-off. A body doing the work is a unit in force
 * that day whose name says so ("Thi đua"): the organisation records carry no field of work, and the
 * sector names these bodies by it (Ban Thi đua - Khen thưởng, Vụ Thi đua - Khen thưởng) — an assumption,
 * docs/reward-rules.md. Bodies: {@code reward.bodies.total}, {@code .ministryDepartments} (a ministry
 * unit directly under a ministry: cấp vụ), {@code .ministryDivisions} (one under a ministry unit: phòng,
 * ban thuộc vụ), {@code .homeAffairsBoards} (a department unit named Ban), {@code .homeAffairsDivisions}
 * (one named Phòng). Staff: cadres and civil servants employed that day in such a body or below it,
 * {@code reward.staff.<key>} and {@code reward.staff.<key>.women}: total, age bands, training, and years
 * of the work (the days employed in such bodies up to the cut-off).
 */
@Component
class EmulationWorkFigures implements PrefillSources {

    static final List<String> BODIES =
            List.of("total", "ministryDepartments", "ministryDivisions", "homeAffairsBoards", "homeAffairsDivisions");

    static final List<String> STAFF = List.of(
            "total",
            "age-30",
            "age-31-40",
            "age-41-50",
            "age-51-55",
            "age-56-60",
            "age-over-60",
            "training-elementary",
            "training-vocational",
            "training-college",
            "training-university",
            "training-postgraduate",
            "seniority-under-5",
            "seniority-5-10",
            "seniority-10-plus");

    private final JdbcClient jdbc;
    private final RegistryStatistics statistics;
    private final Personnel personnel;

    EmulationWorkFigures(JdbcClient jdbc, RegistryStatistics statistics, Personnel personnel) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.personnel = personnel;
    }

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        BODIES.forEach(b -> names.add("reward.bodies." + b));
        STAFF.forEach(k -> {
            names.add("reward.staff." + k);
            names.add("reward.staff." + k + ".women");
        });
        return names;
    }

    /** A body doing emulation work on the day: its code, path, type, name and its parent's type. */
    record Body(String code, String path, String type, String name, String parentType) {}

    /** A person's employment version in such a body (up to the cut-off). */
    record Spell(long personId, LocalDate validFrom, LocalDate validTo, boolean current) {}

    @Override
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> valuesFor(String unitCode, LocalDate asOf) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        String root = statistics.unitPath(unitCode).orElse(null);
        if (root == null) {
            return out;
        }
        names().forEach(n -> out.put(n, BigDecimal.ZERO));
        List<Body> bodies = jdbc.sql("""
                        SELECT v.code, u.path, v.type, v.name, p.type AS parent_type
                        FROM organization.api_unit_version v
                        JOIN organization.api_unit u ON u.code = v.code
                        LEFT JOIN organization.api_unit_version p ON p.code = v.parent_code
                             AND p.valid_from <= :d AND (p.valid_to IS NULL OR p.valid_to > :d)
                        WHERE v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to > :d)
                          AND starts_with(u.path, :root) AND v.type IN ('MINISTRY_UNIT', 'DEPARTMENT_UNIT')
                          AND lower(v.name) LIKE '%thi đua%'
                        ORDER BY u.path""")
                .param("d", asOf)
                .param("root", root)
                .query(Body.class)
                .list();
        for (Body b : bodies) {
            add(out, "reward.bodies.total", 1);
            add(out, "reward.bodies." + kind(b), 1);
        }
        if (bodies.isEmpty()) {
            return out;
        }
        // The bodies and everything below them (a division of a Ban does the Ban's work).
        List<Spell> spells = jdbc.sql("""
                        SELECT e.person_id, e.valid_from, e.valid_to,
                               e.valid_from <= :d AND (e.valid_to IS NULL OR e.valid_to > :d) AS current
                        FROM personnel.api_employment e JOIN organization.api_unit u ON u.code = e.org_code
                        WHERE u.path LIKE ANY (CAST(:paths AS text[])) AND e.valid_from <= :d
                          AND e.staff_category IN ('CADRE', 'CIVIL_SERVANT', 'COMMUNE_OFFICIAL')""")
                .param("d", asOf)
                .param("paths", bodies.stream().map(b -> b.path() + "%").toArray(String[]::new))
                .query(Spell.class)
                .list();
        Map<Long, Long> days = new HashMap<>();
        Set<Long> current = new LinkedHashSet<>();
        for (Spell s : spells) {
            LocalDate end = s.validTo() == null || s.validTo().isAfter(asOf) ? asOf.plusDays(1) : s.validTo();
            days.merge(s.personId(), ChronoUnit.DAYS.between(s.validFrom(), end), Long::sum);
            if (s.current()) {
                current.add(s.personId());
            }
        }
        for (PersonFacts p : personnel.personFacts(current)) {
            boolean woman = "F".equals(p.sex());
            count(out, "total", woman);
            count(out, ageBand(Period.between(p.birthDate(), asOf).getYears()), woman);
            String training = training(p.highestDegree());
            if (training != null) {
                count(out, training, woman);
            }
            double years = days.getOrDefault(p.id(), 0L) / 365.25;
            count(out, years < 5 ? "seniority-under-5" : years < 10 ? "seniority-5-10" : "seniority-10-plus", woman);
        }
        return out;
    }

    private static String kind(Body b) {
        if (b.type().equals("MINISTRY_UNIT")) {
            return "MINISTRY_UNIT".equals(b.parentType()) ? "ministryDivisions" : "ministryDepartments";
        }
        return b.name().trim().toLowerCase(Locale.forLanguageTag("vi")).startsWith("ban ")
                ? "homeAffairsBoards"
                : "homeAffairsDivisions";
    }

    static String ageBand(int age) {
        if (age <= 30) {
            return "age-30";
        }
        if (age <= 40) {
            return "age-31-40";
        }
        if (age <= 50) {
            return "age-41-50";
        }
        if (age <= 55) {
            return "age-51-55";
        }
        return age <= 60 ? "age-56-60" : "age-over-60";
    }

    /** The training row by the dossier's usual wording; none when the field is empty or unusual. */
    static String training(String degree) {
        if (degree == null) {
            return null;
        }
        String d = degree.trim().toLowerCase(Locale.forLanguageTag("vi"));
        if (d.startsWith("tiến sĩ") || d.startsWith("thạc sĩ")) {
            return "training-postgraduate";
        }
        if (d.startsWith("đại học")) {
            return "training-university";
        }
        if (d.startsWith("cao đẳng")) {
            return "training-college";
        }
        if (d.startsWith("trung cấp")) {
            return "training-vocational";
        }
        return d.startsWith("sơ cấp") ? "training-elementary" : null;
    }

    private static void count(Map<String, BigDecimal> out, String key, boolean woman) {
        add(out, "reward.staff." + key, 1);
        if (woman) {
            add(out, "reward.staff." + key + ".women", 1);
        }
    }

    private static void add(Map<String, BigDecimal> out, String name, long n) {
        out.merge(name, BigDecimal.valueOf(n), BigDecimal::add);
    }
}
