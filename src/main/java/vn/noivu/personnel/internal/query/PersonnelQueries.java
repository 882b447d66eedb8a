package vn.noivu.personnel.internal.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.Salary;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;
import vn.noivu.personnel.internal.career.CareerHistory;
import vn.noivu.personnel.internal.career.Catalogues;
import vn.noivu.personnel.internal.career.EmploymentStore;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.personnel.internal.career.SalaryCalculator;
import vn.noivu.personnel.internal.load.ImportRowChecker;
import vn.noivu.personnel.internal.person.Access;
import vn.noivu.platform.security.Scopes;
import vn.noivu.platform.security.UserScope;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.platform.web.NotFoundException;

/**
 * Computations as of a date, always inside the current user's scope: people lists and name search,
 * salary, due lists and headcount. A {@code scope} parameter (an organisation code, or a province
 * code) narrows the user's scope; one outside it is answered as unknown (404).
 */
@Service
@Transactional(readOnly = true)
public class PersonnelQueries {

    /** Above this many matching distinct names, search walks the names in order instead of sorting matches. */
    static final int COMMON_NAME_THRESHOLD = 500;

    /** The longest list a page or an export returns; pages of the API and screens are capped lower. */
    public static final int MAX_EXPORT_ROWS = 100_000;

    /** Ages in search criteria are capped here. */
    static final int MAX_AGE = 150;

    /**
     * A date of a query, in the range dossiers keep (1900–2100): a date such as {@code
     * +999999999-12-31} is refused with a message instead of overflowing date arithmetic or the
     * database's date range.
     */
    static LocalDate inRange(String field, LocalDate d) {
        if (d != null && (d.isBefore(ImportRowChecker.FIRST_DATE) || d.isAfter(ImportRowChecker.LAST_DATE))) {
            throw new vn.noivu.platform.web.BusinessRuleException(
                    field, "personnel.limits.queryDateRange", new Object[] {d.toString()});
        }
        return d;
    }

    private final JdbcClient jdbc;
    private final Access access;
    private final Scopes scopes;
    private final EmploymentStore employment;
    private final Catalogues catalogues;
    private final LeadershipAllowances allowances;

    PersonnelQueries(
            JdbcClient jdbc,
            Access access,
            Scopes scopes,
            EmploymentStore employment,
            Catalogues catalogues,
            LeadershipAllowances allowances) {
        this.jdbc = jdbc;
        this.access = access;
        this.scopes = scopes;
        this.employment = employment;
        this.catalogues = catalogues;
        this.allowances = allowances;
    }

    /** Search criteria; blank ones do not filter. {@code orgCode} includes the units below it. */
    public record Criteria(
            String name,
            String orgCode,
            String rankCode,
            String positionCode,
            String staffCategory,
            Integer ageFrom,
            Integer ageTo,
            LocalDate asOf,
            int page,
            int size) {

        public Criteria {
            asOf = asOf == null ? LocalDate.now() : inRange("asOf", asOf);
            // An age beyond any person's is no filter error, and must not overflow date arithmetic.
            ageFrom = ageFrom == null ? null : Math.max(0, Math.min(ageFrom, MAX_AGE));
            ageTo = ageTo == null ? null : Math.max(0, Math.min(ageTo, MAX_AGE));
            page = Math.max(page, 0);
            size = size <= 0 ? 50 : Math.min(size, MAX_EXPORT_ROWS);
        }

        public Criteria withPage(int newPage, int newSize) {
            return new Criteria(
                    name, orgCode, rankCode, positionCode, staffCategory, ageFrom, ageTo, asOf, newPage, newSize);
        }
    }

    /** A person in a list, with the employment in force on the list's date. */
    public record PersonItem(
            long id,
            String fullName,
            LocalDate birthDate,
            String sex,
            String orgCode,
            String orgName,
            String staffCategory,
            String rankCode,
            Integer salaryStep,
            String positionCode,
            String leadershipTitle) {}

    public record Page(List<PersonItem> items, int page, int size, boolean more) {}

    public Page search(Criteria c) {
        if (notBlank(c.name())
                && !notBlank(c.orgCode())
                && !notBlank(c.rankCode())
                && !notBlank(c.positionCode())
                && !notBlank(c.staffCategory())
                && c.ageFrom() == null
                && c.ageTo() == null) {
            return searchByName(c);
        }
        UserScope scope = access.scope();
        StringBuilder where = new StringBuilder("u.path LIKE :scope");
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("scope", scope.likePattern());
        params.put("d", c.asOf());
        if (notBlank(c.orgCode())) {
            String path = unitPath(c.orgCode());
            where.append(" AND u.path LIKE :unitPath");
            params.put("unitPath", like(path));
        }
        if (notBlank(c.rankCode())) {
            where.append(" AND e.rank_code = :rank");
            params.put("rank", c.rankCode().trim());
        }
        if (notBlank(c.positionCode())) {
            where.append(" AND e.position_code = :position");
            params.put("position", c.positionCode().trim());
        }
        if (notBlank(c.staffCategory())) {
            where.append(" AND e.staff_category = :category");
            params.put("category", c.staffCategory().trim());
        }
        if (c.ageFrom() != null) {
            where.append(" AND p.birth_date <= :bornBy");
            params.put("bornBy", c.asOf().minusYears(c.ageFrom()));
        }
        if (c.ageTo() != null) {
            where.append(" AND p.birth_date > :bornAfter");
            params.put("bornAfter", c.asOf().minusYears(c.ageTo() + 1L));
        }
        String select = """
                SELECT p.id, p.full_name, p.birth_date, p.sex, e.org_code, u.name AS org_name, e.staff_category,
                       e.rank_code, e.salary_step, e.position_code, e.leadership_title
                """;
        String employed = """
                JOIN personnel.employment e ON e.person_id = p.id AND e.superseded_at IS NULL
                     AND e.valid_from <= :d AND (e.valid_to IS NULL OR e.valid_to > :d)
                JOIN organization.api_unit u ON u.code = e.org_code
                """;
        String sql;
        if (notBlank(c.name())) {
            params.put("pattern", "%" + escapeLike(c.name().trim()) + "%");
            long names = jdbc.sql("""
                            SELECT count(*) FROM (SELECT 1 FROM personnel.person_name
                                WHERE fold LIKE platform.fold(:pattern) LIMIT :cap) x""")
                    .param("pattern", params.get("pattern"))
                    .param("cap", COMMON_NAME_THRESHOLD + 1)
                    .query(Long.class)
                    .single();
            if (names <= COMMON_NAME_THRESHOLD) {
                // Few names match: collect their people first (a fixed join order), then sort them.
                sql = "WITH hits AS MATERIALIZED (SELECT p0.id, n.fold FROM personnel.person_name n"
                        + " JOIN personnel.person p0 ON p0.name_id = n.id"
                        + " WHERE n.fold LIKE platform.fold(:pattern)) "
                        + select + " FROM hits n JOIN personnel.person p ON p.id = n.id " + employed
                        + " WHERE " + where + " ORDER BY n.fold, p.id LIMIT :limit OFFSET :offset";
            } else {
                // A common fragment: walk names in order and stop when the page is full.
                sql = select + """
                        FROM (SELECT id, fold FROM personnel.person_name
                              WHERE fold LIKE platform.fold(:pattern) ORDER BY fold OFFSET 0) n
                        CROSS JOIN LATERAL (SELECT * FROM personnel.person p0 WHERE p0.name_id = n.id) p
                        """ + employed + " WHERE " + where
                        + " ORDER BY n.fold, p.id LIMIT :limit OFFSET :offset";
            }
        } else {
            sql = select + " FROM personnel.person p " + employed + " WHERE " + where
                    + " ORDER BY p.full_name, p.id LIMIT :limit OFFSET :offset";
        }
        params.put("limit", c.size() + 1);
        params.put("offset", (long) c.page() * c.size());
        List<PersonItem> rows =
                jdbc.sql(sql).params(params).query(PersonItem.class).list();
        boolean more = rows.size() > c.size();
        return new Page(more ? rows.subList(0, c.size()) : rows, c.page(), c.size(), more);
    }

    /**
     * Search by name alone: the people whose dossier lies in the scope (the unit keeping it), whose
     * folded name contains the folded query, one page in name order; the employment in force on the
     * date is joined for the page only (empty for people not employed then, e.g. retired).
     */
    private Page searchByName(Criteria c) {
        String pattern = "%" + escapeLike(c.name().trim()) + "%";
        UserScope scope = access.scope();
        // A national user sees every dossier: without the scope join the planner walks the names in
        // order and stops at the page, instead of testing every namesake against the unit tree (whose
        // "LIKE '/%'" it cannot tell matches every unit).
        String inScope = scope.isNational()
                ? ""
                : " JOIN organization.api_unit pu ON pu.code = p.org_code AND pu.path LIKE :scope";
        List<PersonItem> rows = jdbc.sql("""
                        WITH hits AS (
                            -- Index-only on person (name_id, id) INCLUDE (org_code): the people of
                            -- a common name are scattered over the table, so only the page is read.
                            SELECT p.id, n.fold
                            FROM personnel.person_name n
                            JOIN personnel.person p ON p.name_id = n.id""" + inScope + """

                            WHERE n.fold LIKE platform.fold(:pattern)
                            ORDER BY n.fold, p.id LIMIT :limit OFFSET :offset),
                        page AS (
                            SELECT p.id, p.full_name, p.birth_date, p.sex, p.org_code, h.fold
                            FROM hits h JOIN personnel.person p ON p.id = h.id)
                        SELECT pg.id, pg.full_name, pg.birth_date, pg.sex, coalesce(e.org_code, pg.org_code) AS org_code,
                               u.name AS org_name, e.staff_category, e.rank_code, e.salary_step, e.position_code,
                               e.leadership_title
                        FROM page pg
                        LEFT JOIN LATERAL (SELECT * FROM personnel.employment e0
                             WHERE e0.person_id = pg.id AND e0.superseded_at IS NULL AND e0.valid_from <= :d
                               AND (e0.valid_to IS NULL OR e0.valid_to > :d) LIMIT 1) e ON true
                        LEFT JOIN organization.api_unit u ON u.code = coalesce(e.org_code, pg.org_code)
                        ORDER BY pg.fold, pg.id""")
                .param("pattern", pattern)
                .param("scope", scope.likePattern())
                .param("limit", c.size() + 1)
                .param("offset", (long) c.page() * c.size())
                .param("d", c.asOf())
                .query(PersonItem.class)
                .list();
        boolean more = rows.size() > c.size();
        return new Page(more ? rows.subList(0, c.size()) : rows, c.page(), c.size(), more);
    }

    /** The base salary in force on a date (national, not scoped). */
    public java.util.Optional<Long> baseSalary(LocalDate date) {
        return catalogues.baseSalary(date);
    }

    /** Salary of a person on a date. */
    public Salary salary(long personId, LocalDate asOf) {
        access.readable(personId);
        LocalDate d = asOf == null ? LocalDate.now() : inRange("asOf", asOf);
        EmploymentVersion v = employment
                .at(personId, d)
                .orElseThrow(() ->
                        new BusinessRuleException("personnel.salary.notEmployed", d.format(CareerHistory.VN_DATE)));
        if (v.coefficient() == null) {
            throw new BusinessRuleException("personnel.salary.noRank", d.format(CareerHistory.VN_DATE));
        }
        long base = catalogues
                .baseSalary(d)
                .orElseThrow(
                        () -> new BusinessRuleException("personnel.salary.noBase", d.format(CareerHistory.VN_DATE)));
        // The leadership allowance in force that day: the catalogue's rate of the post, or the one kept
        // for 6 months after a restructuring (docs/personnel-rules.md, "Leadership allowance").
        var allowance = allowances.onDate(personId, v.orgCode(), v.leadershipPost(), v.positionAllowance(), d);
        return SalaryCalculator.of(v, base, d, allowance);
    }

    public enum DueKind {
        STEP_INCREASE("step-increase"),
        RETIREMENT("retirement"),
        REAPPOINTMENT("reappointment"),
        PROBATION("probation"),
        /**
         * Two consecutive years rated "không hoàn thành nhiệm vụ": the person faces what the law sets
         * for it (dismissal for civil servants, Luật CBCC 2008 Art. 58(3)(a) as amended by Law 52/2019
         * Art. 1(12) [S]; unilateral end of the contract for public employees, Luật Viên chức 2010 Art.
         * 29(1)(a) [S]; exclusion from the streamlining regimes of NĐ 178/2024 and NĐ 154/2025 [S-]).
         * Due on the effective date of the second failed rating.
         */
        FAILED_TWO_YEARS("failed-two-years");

        public final String slug;

        DueKind(String slug) {
            this.slug = slug;
        }

        public static Optional<DueKind> of(String slug) {
            for (DueKind k : values()) {
                if (k.slug.equals(slug)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One person due: {@code dueDate} is the date of the step increase, the last day before retirement,
     * the end of the term or of probation; for retirement {@code noticeDate} (six months before) and
     * {@code decisionDate} (three months before) are set.
     */
    public record DueItem(
            long personId,
            String fullName,
            LocalDate birthDate,
            String sex,
            String orgCode,
            String orgName,
            String staffCategory,
            String rankCode,
            Integer salaryStep,
            String leadershipTitle,
            LocalDate dueDate,
            LocalDate noticeDate,
            LocalDate decisionDate,
            String detail) {}

    /**
     * Who is due between {@code from} and {@code to} (inclusive). For retirement, {@code byNotice}
     * selects people whose six-month notice falls in the window instead.
     */
    public List<DueItem> due(DueKind kind, String scopeCode, LocalDate from, LocalDate to, boolean byNotice) {
        String scope = effectiveScope(scopeCode);
        inRange("from", from);
        inRange("to", to);
        if (to.isBefore(from)) {
            throw new BusinessRuleException("to", "personnel.due.badWindow", new Object[0]);
        }
        String people = """
                JOIN personnel.person p ON p.id = e.person_id
                JOIN organization.api_unit u ON u.code = e.org_code
                """;
        String select = """
                SELECT p.id AS person_id, p.full_name, p.birth_date, p.sex, e.org_code, u.name AS org_name,
                       e.staff_category, e.rank_code, e.salary_step, e.leadership_title,
                """;
        String sql = switch (kind) {
            case STEP_INCREASE -> select + """
                                e.next_step_due AS due_date, NULL::date AS notice_date, NULL::date AS decision_date,
                                CASE WHEN e.at_top_step THEN 'ABOVE_CEILING:' || (CASE WHEN e.above_ceiling_pct = 0
                                     THEN 5 ELSE e.above_ceiling_pct + 1 END)
                                     ELSE 'STEP:' || (e.salary_step + 1) END
                                  || CASE WHEN e.step_delay_months > 0 THEN ';DELAY:' || e.step_delay_months ELSE '' END
                                  AS detail
                            FROM personnel.employment e
                            """ + people + """
                            WHERE e.superseded_at IS NULL AND e.next_step_due BETWEEN :from AND :to
                              AND e.valid_from <= e.next_step_due
                              AND (e.valid_to IS NULL OR e.valid_to > e.next_step_due)
                              AND u.path LIKE :scope
                            ORDER BY e.next_step_due, p.full_name, p.id""";
            case RETIREMENT -> select + """
                                s.retirement_date AS due_date,
                                (s.retirement_date + 1 - interval '6 months')::date AS notice_date,
                                (s.retirement_date + 1 - interval '3 months')::date AS decision_date,
                                'AGE:' || s.age_years || ':' || s.age_months AS detail
                            FROM personnel.retirement_schedule s
                            -- For each birth month due, a range of the birth-date index (which
                            -- carries sex, unit and id: a few thousand entries nationally), kept when
                            -- the unit is in scope. OFFSET 0 keeps the planner from turning it into
                            -- a walk through everyone employed in the scope.
                            CROSS JOIN LATERAL (
                                SELECT p1.id, p1.org_code FROM personnel.person p1
                                WHERE p1.birth_date >= s.birth_month
                                  AND p1.birth_date < (s.birth_month + interval '1 month')::date
                                  AND p1.sex = s.sex
                                OFFSET 0) p0
                            JOIN (SELECT code FROM organization.api_unit WHERE path LIKE :scope) pu
                                 ON pu.code = p0.org_code
                            JOIN personnel.employment e ON e.person_id = p0.id AND e.superseded_at IS NULL
                                 AND e.valid_from <= s.retirement_date
                                 AND (e.valid_to IS NULL OR e.valid_to > s.retirement_date)
                            """ + people + """
                            WHERE s.retirement_date BETWEEN :from AND :to AND u.path LIKE :scope
                              AND p.death_date IS NULL
                            ORDER BY s.retirement_date, p.full_name, p.id""";
            // The procedure (reappointment, or extension until retirement) starts at least 90 days
            // before the term ends (NĐ 170/2025 Art. 40): noticeDate. A term ending less than two years
            // before retirement is extended to retirement instead (docs/personnel-rules.md, "Terms").
            case REAPPOINTMENT -> select + """
                                e.term_end AS due_date, (e.term_end - 90) AS notice_date, NULL::date AS decision_date,
                                e.leadership_title
                                  || CASE WHEN s.retirement_date < (e.term_end + interval '2 years')::date
                                     THEN ';EXTENSION_TO_RETIREMENT:' || s.retirement_date ELSE ';REAPPOINTMENT' END
                                  AS detail
                            FROM personnel.employment e
                            """ + people + """
                            LEFT JOIN personnel.retirement_schedule s
                                 ON s.sex = p.sex AND s.birth_month = date_trunc('month', p.birth_date)::date
                            WHERE e.superseded_at IS NULL AND e.term_end IS NOT NULL
                              AND e.term_end BETWEEN :from AND :to
                              AND (e.valid_to IS NULL OR e.valid_to >= e.term_end)
                              AND u.path LIKE :scope
                            ORDER BY e.term_end, p.full_name, p.id""";
            case PROBATION -> select + """
                                e.probation_until AS due_date, NULL::date AS notice_date, NULL::date AS decision_date,
                                NULL AS detail
                            FROM personnel.employment e
                            """ + people + """
                            WHERE e.superseded_at IS NULL AND e.probation_until IS NOT NULL
                              AND e.probation_until BETWEEN :from AND :to
                              AND (e.valid_to IS NULL OR e.valid_to >= e.probation_until)
                              AND u.path LIKE :scope
                            ORDER BY e.probation_until, p.full_name, p.id""";
            case FAILED_TWO_YEARS -> select + """
                                f2.effective_date AS due_date, NULL::date AS notice_date, NULL::date AS decision_date,
                                'NOT_COMPLETED:' || f1.evaluation_year || ',' || f2.evaluation_year AS detail
                            FROM personnel.career_event f2
                            JOIN personnel.career_event f1 ON f1.person_id = f2.person_id
                                 AND f1.kind = 'EVALUATION' AND f1.status = 'ACTIVE' AND f1.rating = 'NOT_COMPLETED'
                                 AND f1.evaluation_year = f2.evaluation_year - 1
                            JOIN personnel.employment e ON e.person_id = f2.person_id AND e.superseded_at IS NULL
                                 AND e.valid_from <= f2.effective_date
                                 AND (e.valid_to IS NULL OR e.valid_to > f2.effective_date)
                            """ + people + """
                            WHERE f2.kind = 'EVALUATION' AND f2.status = 'ACTIVE' AND f2.rating = 'NOT_COMPLETED'
                              AND f2.effective_date BETWEEN :from AND :to
                              AND u.path LIKE :scope
                            ORDER BY f2.effective_date, p.full_name, p.id""";
        };
        LocalDate f = from;
        LocalDate t = to;
        if (kind == DueKind.RETIREMENT && byNotice) {
            // Notice date = retirement date + 1 day − 6 months.
            f = from.plusMonths(6).minusDays(1);
            t = to.plusMonths(6).minusDays(1);
        }
        return jdbc.sql(sql)
                .param("from", f)
                .param("to", t)
                .param("scope", scope)
                .query(DueItem.class)
                .list();
    }

    /**
     * The ratings of one year in a unit, against the cap on "hoàn thành xuất sắc": at most 20 % of
     * those rated "hoàn thành tốt" in the same unit (NĐ 233/2026/NĐ-CP for public employees from
     * 01/07/2026; NĐ 90/2020/NĐ-CP as amended by NĐ 48/2023/NĐ-CP for cadres and civil servants,
     * unverified). {@code excellentCap} is that 20 %, rounded down to whole people.
     */
    public record RatingShare(
            String orgCode,
            String orgName,
            int year,
            long rated,
            long excellent,
            long good,
            long completed,
            long notCompleted,
            long excellentCap,
            boolean overCap) {}

    /** Share of the EXCELLENT cap used, per unit the person worked in when rated (a year's ratings). */
    public static final int EXCELLENT_CAP_PERCENT_OF_GOOD = 20;

    public List<RatingShare> ratings(String scopeCode, int year) {
        String scope = effectiveScope(scopeCode);
        return jdbc.sql("""
                        SELECT e.org_code, u.name AS org_name, CAST(:year AS integer) AS year, count(*) AS rated,
                               count(*) FILTER (WHERE r.rating = 'EXCELLENT') AS excellent,
                               count(*) FILTER (WHERE r.rating = 'GOOD') AS good,
                               count(*) FILTER (WHERE r.rating = 'COMPLETED') AS completed,
                               count(*) FILTER (WHERE r.rating = 'NOT_COMPLETED') AS not_completed
                        FROM personnel.career_event r
                        JOIN personnel.employment e ON e.person_id = r.person_id AND e.superseded_at IS NULL
                             AND e.valid_from <= r.effective_date
                             AND (e.valid_to IS NULL OR e.valid_to > r.effective_date)
                        JOIN organization.api_unit u ON u.code = e.org_code
                        WHERE r.kind = 'EVALUATION' AND r.status = 'ACTIVE' AND r.evaluation_year = :year
                          AND u.path LIKE :scope
                        GROUP BY e.org_code, u.name, u.path
                        ORDER BY u.path""")
                .param("year", year)
                .param("scope", scope)
                .query((rs, i) -> {
                    long excellent = rs.getLong("excellent");
                    long good = rs.getLong("good");
                    long cap = good * EXCELLENT_CAP_PERCENT_OF_GOOD / 100;
                    return new RatingShare(
                            rs.getString("org_code"),
                            rs.getString("org_name"),
                            rs.getInt("year"),
                            rs.getLong("rated"),
                            excellent,
                            good,
                            rs.getLong("completed"),
                            rs.getLong("not_completed"),
                            cap,
                            excellent > cap);
                })
                .list();
    }

    /** Headcount by unit (or province) and staff category on a date, inside the scope. */
    public record HeadcountItem(
            String orgCode, String orgName, String provinceCode, String staffCategory, long count) {}

    public List<HeadcountItem> headcount(String scopeCode, LocalDate asOf, boolean byProvince) {
        String scope = effectiveScope(scopeCode);
        LocalDate d = asOf == null ? LocalDate.now() : inRange("asOf", asOf);
        String counted = """
                WITH h AS (SELECT * FROM personnel.headcount_at(:d))
                """;
        String sql = byProvince ? counted + """
                        SELECT NULL AS org_code, NULL AS org_name, u.province_code, h.staff_category, sum(h.n) AS count
                        FROM h JOIN organization.api_unit u ON u.code = h.org_code
                        WHERE u.path LIKE :scope
                        GROUP BY u.province_code, h.staff_category
                        ORDER BY u.province_code NULLS FIRST, h.staff_category""" : counted + """
                        SELECT h.org_code, u.name AS org_name, u.province_code, h.staff_category, h.n AS count
                        FROM h JOIN organization.api_unit u ON u.code = h.org_code
                        WHERE u.path LIKE :scope
                        ORDER BY u.path, h.staff_category""";
        return jdbc.sql(sql)
                .param("d", d)
                .param("scope", scope)
                .query(HeadcountItem.class)
                .list();
    }

    /** The LIKE pattern of the user's scope narrowed to {@code scopeCode} (an org or province code). */
    public String effectiveScope(String scopeCode) {
        UserScope user = access.scope();
        if (!notBlank(scopeCode)) {
            return user.likePattern();
        }
        String path = scopes.resolve(scopeCode.trim()).path();
        if (!user.includes(path) || !pathExists(path)) {
            throw new NotFoundException("scope", scopeCode);
        }
        return like(path);
    }

    private String unitPath(String orgCode) {
        String path = jdbc.sql("SELECT path FROM organization.api_unit WHERE code = :c")
                .param("c", orgCode.trim())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("unit", orgCode));
        if (!access.scope().includes(path)) {
            throw new NotFoundException("unit", orgCode);
        }
        return path;
    }

    private boolean pathExists(String path) {
        return jdbc.sql("SELECT count(*) FROM organization.api_unit WHERE path LIKE :p")
                        .param("p", like(path))
                        .query(Long.class)
                        .single()
                > 0;
    }

    static String like(String path) {
        return new UserScope("x", path).likePattern();
    }

    static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
