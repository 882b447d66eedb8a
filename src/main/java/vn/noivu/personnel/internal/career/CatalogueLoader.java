package vn.noivu.personnel.internal.career;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.internal.catalogue.ReformCatalogues;
import vn.noivu.platform.calendar.PublicHolidays;
import vn.noivu.platform.imports.TabularFile;
import vn.noivu.platform.imports.TabularRow;

/**
 * Loads the reference catalogues shipped in {@code src/main/resources/personnel/*.csv} on every
 * start: inserts what is missing and updates rows whose content changed (keyed by code and valid
 * from), so a restart changes nothing and an edited file takes effect. Rows added by users are kept.
 * Then materialises the retirement month of every birth month from the retirement-age catalogue.
 */
@Component
public class CatalogueLoader {

    private static final Logger log = LoggerFactory.getLogger(CatalogueLoader.class);

    /** The public holidays are the platform's calendar; this module keeps them in a table for its SQL. */
    private static final List<String> HOLIDAY_COLUMNS = List.of("day", "kind", "name", "verified", "source");

    private final JdbcClient jdbc;
    private final Catalogues catalogues;
    private final ReformCatalogues reform;

    CatalogueLoader(JdbcClient jdbc, Catalogues catalogues, ReformCatalogues reform) {
        this.jdbc = jdbc;
        this.catalogues = catalogues;
        this.reform = reform;
    }

    @Transactional
    public void load() {
        int changed = 0;
        changed += upsert("salary-scales.csv", """
                INSERT INTO personnel.salary_scale AS t
                    (code, name, step_count, step_interval_months, probation_months, sort_order, source)
                VALUES (:code, :name, CAST(:step_count AS smallint), CAST(:step_interval_months AS smallint),
                        CAST(:probation_months AS smallint), CAST(:sort_order AS smallint), :source)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, step_count = excluded.step_count,
                    step_interval_months = excluded.step_interval_months,
                    probation_months = excluded.probation_months, sort_order = excluded.sort_order,
                    source = excluded.source
                WHERE (t.name, t.step_count, t.step_interval_months, t.probation_months, t.sort_order, t.source)
                    IS DISTINCT FROM (excluded.name, excluded.step_count, excluded.step_interval_months,
                        excluded.probation_months, excluded.sort_order, excluded.source)""");
        changed += upsert("salary-coefficients.csv", """
                INSERT INTO personnel.salary_coefficient AS t (scale_code, step, coefficient, valid_from, valid_to, source)
                VALUES (:scale_code, CAST(:step AS smallint), CAST(:coefficient AS numeric),
                        CAST(:valid_from AS date), CAST(NULLIF(:valid_to, '') AS date), :source)
                ON CONFLICT (scale_code, step, valid_from) DO UPDATE SET coefficient = excluded.coefficient,
                    valid_to = excluded.valid_to, source = excluded.source
                WHERE (t.coefficient, t.valid_to, t.source)
                    IS DISTINCT FROM (excluded.coefficient, excluded.valid_to, excluded.source)""");
        changed += upsert("ranks.csv", """
                INSERT INTO personnel.rank AS t
                    (code, kind, name, scale_code, valid_from, valid_to, probation_months, source)
                VALUES (:code, :kind, :name, :scale_code, CAST(:valid_from AS date),
                        CAST(NULLIF(:valid_to, '') AS date), CAST(NULLIF(:probation_months, '') AS smallint), :source)
                ON CONFLICT (code, valid_from) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                    scale_code = excluded.scale_code, valid_to = excluded.valid_to,
                    probation_months = excluded.probation_months, source = excluded.source
                WHERE (t.kind, t.name, t.scale_code, t.valid_to, t.probation_months, t.source)
                    IS DISTINCT FROM (excluded.kind, excluded.name, excluded.scale_code, excluded.valid_to,
                        excluded.probation_months, excluded.source)""");
        changed += upsert("base-salaries.csv", """
                INSERT INTO personnel.base_salary AS t (valid_from, valid_to, amount, legal_basis)
                VALUES (CAST(:valid_from AS date), CAST(NULLIF(:valid_to, '') AS date), CAST(:amount AS bigint),
                        :legal_basis)
                ON CONFLICT (valid_from) DO UPDATE SET valid_to = excluded.valid_to, amount = excluded.amount,
                    legal_basis = excluded.legal_basis
                WHERE (t.valid_to, t.amount, t.legal_basis)
                    IS DISTINCT FROM (excluded.valid_to, excluded.amount, excluded.legal_basis)""");
        changed += upsert("positions.csv", """
                INSERT INTO personnel.job_position AS t
                    (org_code, code, position_group, title, required_rank_code, valid_from, valid_to, legal_basis)
                VALUES (NULLIF(:org_code, ''), :code, :position_group, :title, NULLIF(:required_rank_code, ''),
                        CAST(:valid_from AS date), CAST(NULLIF(:valid_to, '') AS date), :legal_basis)
                ON CONFLICT ((coalesce(org_code, '')), code, valid_from) DO UPDATE SET
                    position_group = excluded.position_group, title = excluded.title,
                    required_rank_code = excluded.required_rank_code, valid_to = excluded.valid_to,
                    legal_basis = excluded.legal_basis
                WHERE (t.position_group, t.title, t.required_rank_code, t.valid_to, t.legal_basis)
                    IS DISTINCT FROM (excluded.position_group, excluded.title, excluded.required_rank_code,
                        excluded.valid_to, excluded.legal_basis)""");
        changed += upsert("discipline-kinds.csv", """
                INSERT INTO personnel.discipline_kind AS t (code, name, ends_leadership, ends_employment, source)
                VALUES (:code, :name, CAST(:ends_leadership AS boolean), CAST(:ends_employment AS boolean), :source)
                ON CONFLICT (code) DO UPDATE SET name = excluded.name, ends_leadership = excluded.ends_leadership,
                    ends_employment = excluded.ends_employment, source = excluded.source
                WHERE (t.name, t.ends_leadership, t.ends_employment, t.source)
                    IS DISTINCT FROM (excluded.name, excluded.ends_leadership, excluded.ends_employment,
                        excluded.source)""");
        // Which measure applies to which staff category when, and its delay of the next step increase.
        changed += upsert("discipline-rules.csv", """
                INSERT INTO personnel.discipline_rule AS t
                    (code, staff_category, valid_from, valid_to, step_delay_months, source)
                VALUES (:code, :staff_category, CAST(:valid_from AS date), CAST(NULLIF(:valid_to, '') AS date),
                        CAST(:step_delay_months AS smallint), :source)
                ON CONFLICT (code, staff_category, valid_from) DO UPDATE SET valid_to = excluded.valid_to,
                    step_delay_months = excluded.step_delay_months, source = excluded.source
                WHERE (t.valid_to, t.step_delay_months, t.source)
                    IS DISTINCT FROM (excluded.valid_to, excluded.step_delay_months, excluded.source)""");
        changed += upsert("retirement-ages.csv", """
                INSERT INTO personnel.retirement_age AS t (sex, from_year, years, months, source)
                VALUES (:sex, CAST(:from_year AS smallint), CAST(:years AS smallint), CAST(:months AS smallint),
                        :source)
                ON CONFLICT (sex, from_year) DO UPDATE SET years = excluded.years, months = excluded.months,
                    source = excluded.source
                WHERE (t.years, t.months, t.source) IS DISTINCT FROM (excluded.years, excluded.months,
                    excluded.source)""");
        // Public holidays, make-up days and swapped days: the working days of time not counted.
        changed += upsert(HOLIDAY_COLUMNS, PublicHolidays.shipped().rows(), """
                INSERT INTO personnel.public_holiday AS t (day, kind, name, verified, source)
                VALUES (CAST(:day AS date), :kind, :name, CAST(:verified AS boolean), :source)
                ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, name = excluded.name,
                    verified = excluded.verified, source = excluded.source
                WHERE (t.kind, t.name, t.verified, t.source)
                    IS DISTINCT FROM (excluded.kind, excluded.name, excluded.verified, excluded.source)""");
        changed += dropHolidaysNoLongerListed();
        changed += materialiseRetirementSchedule();
        reform.load(); // career levels and leadership allowances, which refer to the salary categories
        if (changed > 0) {
            log.info("Personnel catalogues: {} rows inserted or updated", changed);
        }
    }

    private int upsert(String file, String sql) {
        TabularFile table = read(file);
        return upsert(table.headers(), table.rows(), sql);
    }

    private int upsert(List<String> headers, List<TabularRow> rows, String sql) {
        int changed = 0;
        for (TabularRow row : rows) {
            var statement = jdbc.sql(sql);
            for (String header : headers) {
                statement = statement.param(header, row.get(header));
            }
            changed += statement.update();
        }
        return changed;
    }

    /**
     * The holiday file is the whole calendar (no screen adds days): a day taken out of it, e.g. when an
     * unverified Tết arrangement is replaced by the announced one, stops being a day off.
     */
    private int dropHolidaysNoLongerListed() {
        List<String> days =
                PublicHolidays.shipped().rows().stream().map(r -> r.get("day")).toList();
        return jdbc.sql("DELETE FROM personnel.public_holiday WHERE NOT (CAST(day AS text) IN (:days))")
                .param("days", days)
                .update();
    }

    /** Retirement month of every birth month from 1940 to 2015, from the roadmap catalogue, in one statement. */
    private int materialiseRetirementSchedule() {
        RetirementRoadmap roadmap = catalogues.roadmap();
        StringBuilder values = new StringBuilder();
        for (String sex : List.of("M", "F")) {
            for (YearMonth m = YearMonth.of(1940, 1); m.isBefore(YearMonth.of(2016, 1)); m = m.plusMonths(1)) {
                LocalDate birth = m.atDay(1);
                RetirementRoadmap.Retirement r = roadmap.of(birth, sex);
                // Only computed numbers and dates go into the statement text.
                values.append(values.isEmpty() ? "" : ",")
                        .append("('")
                        .append(sex)
                        .append("',DATE '")
                        .append(birth)
                        .append("',")
                        .append(r.ageYears())
                        .append(',')
                        .append(r.ageMonths())
                        .append(",DATE '")
                        .append(r.lastDay())
                        .append("')");
            }
        }
        return jdbc.sql("""
                        INSERT INTO personnel.retirement_schedule AS t
                            (sex, birth_month, age_years, age_months, retirement_date)
                        VALUES """ + values + """
                         ON CONFLICT (sex, birth_month) DO UPDATE SET age_years = excluded.age_years,
                            age_months = excluded.age_months, retirement_date = excluded.retirement_date
                        WHERE (t.age_years, t.age_months, t.retirement_date)
                            IS DISTINCT FROM (excluded.age_years, excluded.age_months, excluded.retirement_date)""").update();
    }

    private static TabularFile read(String file) {
        try (InputStream in = new ClassPathResource("personnel/" + file).getInputStream()) {
            return TabularFile.read(file, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read catalogue " + file, e);
        }
    }
}
