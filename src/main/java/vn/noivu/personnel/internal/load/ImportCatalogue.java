package vn.noivu.personnel.internal.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference facts a bulk import checks every row against, held in memory for the length of one
 * import: organisation units (with their versions and current path), ranks and titles, salary
 * categories and their coefficients, job positions. They are a few hundred thousand rows at most (the
 * national organisation tree), so one read of each replaces millions of per-row joins and lets the
 * file be checked while it streams (docs/decisions/004-personnel-bulk-import.md).
 */
final class ImportCatalogue {

    /** A fact valid over {@code [from, to)}; {@code to} null = open. */
    record Dated<T>(LocalDate from, LocalDate to, T value) {
        boolean holdsOn(LocalDate d) {
            return !from.isAfter(d) && (to == null || to.isAfter(d));
        }
    }

    record Scale(int stepCount, int intervalMonths, int probationMonths) {}

    /** What a leadership post's allowance depends on in a unit version: its type and province. */
    record UnitVersion(String type, String provinceCode) {}

    /** A unit: its versions, its current path and the job positions of its own catalogue. */
    static final class Unit {
        private final List<Dated<UnitVersion>> versions = new ArrayList<>(1);
        private final Map<String, List<Dated<Boolean>>> positions = new HashMap<>();
        private String path;

        boolean inForceOn(LocalDate d) {
            return find(versions, d) != null;
        }

        /** The version in force on {@code d}, or null. */
        UnitVersion on(LocalDate d) {
            return find(versions, d);
        }

        /** The unit's current path in the organisation tree, or null for a unit that has ended. */
        String currentPath() {
            return path;
        }
    }

    /** The names a cell may give instead of a category's or a rank's code (none: codes only). */
    ImportLabels labels;

    /** One map per unit code: a row's unit is looked up once for all its checks. */
    private final Map<String, Unit> units = new HashMap<>();

    private final Map<String, List<Dated<String>>> rankScales = new HashMap<>();
    private final Map<String, Scale> scales = new HashMap<>();
    private final Map<String, Map<Integer, List<Dated<BigDecimal>>>> coefficients = new HashMap<>();
    /** Leadership posts of the allowance catalogue: code → the class of organisation it belongs to. */
    private final Map<String, String> postClasses = new HashMap<>();

    private final Map<String, String> postNames = new HashMap<>();
    /** Allowance coefficients by post and locality ({@code HN_HCM}, {@code OTHER}), dated. */
    private final Map<String, List<Dated<BigDecimal>>> postRates = new HashMap<>();
    /** The class of city of each province ({@code SPECIAL_URBAN}, {@code CLASS_I_URBAN}), dated. */
    private final Map<String, List<Dated<String>>> urbanClasses = new HashMap<>();
    /** The shared national catalogue of job positions (positions without a unit). */
    private final Map<String, List<Dated<Boolean>>> nationalPositions = new HashMap<>();

    static ImportCatalogue load(JdbcClient jdbc) {
        ImportCatalogue c = new ImportCatalogue();
        jdbc.sql("SELECT code, valid_from, valid_to, type, province_code FROM organization.api_unit_version")
                .query(rs -> {
                    c.unitNamed(rs.getString(1))
                            .versions
                            .add(dated(rs, 2, new UnitVersion(rs.getString(4), rs.getString(5))));
                });
        jdbc.sql("SELECT code, org_class, name FROM personnel.leadership_post").query(rs -> {
            c.postClasses.put(rs.getString(1), rs.getString(2));
            c.postNames.put(rs.getString(1), rs.getString(3));
        });
        jdbc.sql(
                        "SELECT post_code || ':' || locality, valid_from, valid_to, coefficient FROM personnel.leadership_allowance")
                .query(rs -> {
                    add(c.postRates, rs.getString(1), dated(rs, 2, rs.getBigDecimal(4)));
                });
        jdbc.sql("SELECT province_code, valid_from, valid_to, urban_class FROM personnel.province_urban_class")
                .query(rs -> {
                    String locality = "SPECIAL".equals(rs.getString(4)) ? "SPECIAL_URBAN" : "CLASS_I_URBAN";
                    add(c.urbanClasses, rs.getString(1), dated(rs, 2, locality));
                });
        jdbc.sql("SELECT code, path FROM organization.api_unit").query(rs -> {
            c.unitNamed(rs.getString(1)).path = rs.getString(2);
        });
        jdbc.sql("SELECT code, valid_from, valid_to, scale_code FROM personnel.rank")
                .query(rs -> {
                    add(c.rankScales, rs.getString(1), dated(rs, 2, rs.getString(4)));
                });
        jdbc.sql("SELECT code, step_count, step_interval_months, probation_months FROM personnel.salary_scale")
                .query(rs -> {
                    c.scales.put(rs.getString(1), new Scale(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                });
        jdbc.sql("SELECT scale_code, step, valid_from, valid_to, coefficient FROM personnel.salary_coefficient")
                .query(rs -> {
                    add(
                            c.coefficients.computeIfAbsent(rs.getString(1), k -> new HashMap<>()),
                            rs.getInt(2),
                            dated(rs, 3, rs.getBigDecimal(5)));
                });
        jdbc.sql("SELECT org_code, code, valid_from, valid_to FROM personnel.job_position")
                .query(rs -> {
                    String org = rs.getString(1);
                    add(
                            org == null ? c.nationalPositions : c.unitNamed(org).positions,
                            rs.getString(2),
                            dated(rs, 3, Boolean.TRUE));
                });
        return c;
    }

    private Unit unitNamed(String code) {
        return units.computeIfAbsent(code, k -> new Unit());
    }

    /** The unit {@code code}, or null when no unit ever had it. */
    Unit unit(String code) {
        return units.get(code);
    }

    /** The salary category of rank or title {@code code} on {@code d}, or null. */
    String scaleOfRank(String code, LocalDate d) {
        return find(rankScales.get(code), d);
    }

    Scale scale(String code) {
        return scales.get(code);
    }

    BigDecimal coefficient(String scale, int step, LocalDate d) {
        Map<Integer, List<Dated<BigDecimal>>> steps = coefficients.get(scale);
        return steps == null ? null : find(steps.get(step), d);
    }

    /** A position of the unit's own catalogue or of the shared national catalogue, in force on {@code d}. */
    boolean positionExists(Unit unit, String code, LocalDate d) {
        return (unit != null && find(unit.positions.get(code), d) != null)
                || find(nationalPositions.get(code), d) != null;
    }

    /** The class of organisation of leadership post {@code code}, or null for a code not in the catalogue. */
    String postClass(String code) {
        return postClasses.get(code);
    }

    String postName(String code) {
        return postNames.get(code);
    }

    /**
     * The allowance coefficient of a post in a unit version on {@code d}, or null when the catalogue has
     * none that day: the most specific locality first, as {@code LeadershipAllowances.localities} orders
     * them (Hà Nội and TP HCM, then the province's class of city, then the other provinces).
     */
    BigDecimal postRate(String post, UnitVersion unit, LocalDate d) {
        List<String> localities = new ArrayList<>(3);
        if (HN_HCM.contains(unit.provinceCode())) {
            localities.add("HN_HCM");
        }
        String urban = find(urbanClasses.get(unit.provinceCode()), d);
        if (urban != null) {
            localities.add(urban);
        }
        localities.add("OTHER");
        for (String locality : localities) {
            BigDecimal rate = find(postRates.get(post + ":" + locality), d);
            if (rate != null) {
                return rate;
            }
        }
        return null;
    }

    private static final java.util.Set<String> HN_HCM = java.util.Set.of("01", "79");

    private static <T> T find(List<Dated<T>> versions, LocalDate d) {
        if (versions == null || d == null) {
            return null;
        }
        for (Dated<T> v : versions) {
            if (v.holdsOn(d)) {
                return v.value();
            }
        }
        return null;
    }

    private static <K, T> void add(Map<K, List<Dated<T>>> map, K key, Dated<T> value) {
        map.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
    }

    private static <T> Dated<T> dated(java.sql.ResultSet rs, int fromColumn, T value) throws java.sql.SQLException {
        java.sql.Date to = rs.getDate(fromColumn + 1);
        return new Dated<>(rs.getDate(fromColumn).toLocalDate(), to == null ? null : to.toLocalDate(), value);
    }
}
