package vn.noivu.personnel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The quantity and quality of the cadres and civil servants of a unit's subtree on a day (the annual
 * statistics are as of 31/12): how many, party members, ethnic minorities, by rank group, professional
 * training, political theory and age band — each also for women. One SQL pass over the employment in
 * force joined with the person; the free-text training fields of the dossier are read by their usual
 * wording (Tiến sĩ, Thạc sĩ, Đại học, …), a field left empty counts in no training row.
 */
@Component
public class CivilServantFigures {

    /** An indicator: its key and the condition a person employed on the day meets. */
    record Indicator(String key, String condition) {}

    /** In the order of the form's rows; keys are part of the prefill source names (personnel.cbcc.<key>). */
    public static final List<Indicator> INDICATORS = List.of(
            new Indicator("total", "true"),
            new Indicator("party", "p.party_joined IS NOT NULL AND p.party_joined <= :d"),
            new Indicator(
                    "minority",
                    "p.ethnicity IS NOT NULL AND btrim(p.ethnicity) <> '' AND lower(btrim(p.ethnicity)) <> 'kinh'"),
            new Indicator("rank-senior", "r.scale_code LIKE 'A3%'"),
            new Indicator("rank-principal", "r.scale_code LIKE 'A2%'"),
            new Indicator("rank-main", "r.scale_code = 'A1'"),
            new Indicator("rank-officer", "r.scale_code IN ('A0', 'B') AND e.rank_code <> '01.005'"),
            new Indicator("rank-staff", "(r.scale_code LIKE 'C%' OR e.rank_code = '01.005')"),
            new Indicator("rank-none", "r.scale_code IS NULL"),
            new Indicator("degree-doctor", "p.highest_degree ILIKE 'tiến sĩ%'"),
            new Indicator("degree-master", "p.highest_degree ILIKE 'thạc sĩ%'"),
            new Indicator("degree-university", "p.highest_degree ILIKE 'đại học%'"),
            new Indicator("degree-college", "p.highest_degree ILIKE 'cao đẳng%'"),
            new Indicator("degree-vocational", "p.highest_degree ILIKE 'trung cấp%'"),
            new Indicator("degree-elementary", "p.highest_degree ILIKE 'sơ cấp%'"),
            new Indicator("theory-bachelor", "p.political_theory ILIKE 'cử nhân%'"),
            new Indicator("theory-advanced", "p.political_theory ILIKE 'cao cấp%'"),
            new Indicator("theory-intermediate", "p.political_theory ILIKE 'trung cấp%'"),
            new Indicator("theory-elementary", "p.political_theory ILIKE 'sơ cấp%'"),
            new Indicator("age-30", "a.age <= 30"),
            new Indicator("age-31-40", "a.age BETWEEN 31 AND 40"),
            new Indicator("age-41-50", "a.age BETWEEN 41 AND 50"),
            new Indicator("age-51-60", "a.age BETWEEN 51 AND 60"),
            new Indicator("age-over-60", "a.age > 60"));

    /** Cadres, civil servants and commune cadres and civil servants (not public employees or contracts). */
    static final String CATEGORIES = "'CADRE', 'CIVIL_SERVANT', 'COMMUNE_OFFICIAL'";

    private static final String SQL = """
            WITH units AS (
                SELECT code FROM organization.api_unit
                WHERE path LIKE (SELECT path FROM organization.api_unit WHERE code = :unit) || '%%'
            )
            SELECT %s
            FROM personnel.employment e
            JOIN units u ON u.code = e.org_code
            JOIN personnel.person p ON p.id = e.person_id
            CROSS JOIN LATERAL (SELECT extract(year FROM age(CAST(:d AS date), p.birth_date))::int AS age) a
            LEFT JOIN personnel.rank r ON r.code = e.rank_code AND r.valid_from <= :d
                 AND (r.valid_to IS NULL OR r.valid_to > :d)
            WHERE e.superseded_at IS NULL AND e.valid_from <= :d AND (e.valid_to IS NULL OR e.valid_to > :d)
              AND e.staff_category IN (%s)""".formatted(
                    INDICATORS.stream()
                            .map(i -> "count(*) FILTER (WHERE " + i.condition() + ") AS \"" + i.key()
                                    + "\", count(*) FILTER (WHERE p.sex = 'F' AND (" + i.condition() + ")) AS \""
                                    + i.key() + ".women\"")
                            .collect(Collectors.joining(",\n       ")),
                    CATEGORIES);

    private final JdbcClient jdbc;

    CivilServantFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each indicator ({@code total}, {@code rank-main}, …) and its women's count ({@code total.women}). */
    public Map<String, Long> of(String unitCode, LocalDate asOf) {
        return jdbc.sql(SQL)
                .param("unit", unitCode)
                .param("d", asOf)
                .query(CivilServantFigures::row)
                .single();
    }

    private static Map<String, Long> row(ResultSet rs, int n) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Indicator i : INDICATORS) {
            out.put(i.key(), rs.getLong(i.key()));
            out.put(i.key() + ".women", rs.getLong(i.key() + ".women"));
        }
        return out;
    }
}
