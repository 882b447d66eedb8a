package vn.noivu.personnel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.imports.ImportError;
import vn.noivu.platform.imports.ImportRefusedException;
import vn.noivu.platform.imports.ImportResult;
import vn.noivu.platform.security.CurrentUser;

/**
 * Bulk import of people with their current employment (docs/import-formats.md, "Personnel").
 *
 * <p>The file is streamed once: each row is parsed and checked on its own (formats, the ID number
 * against the date of birth and sex, duplicates within the file) while it is sent with {@code COPY}
 * into a temporary staging table. Everything that needs the database (units, ranks, positions, the
 * user's scope, existing dossiers and their employment) is then checked set-based in one SQL pass, and
 * the file is applied with a few set-based statements, all in one transaction: whole or not at all.
 * Importing the same file again changes nothing (people are matched by their ID number).
 *
 * <p>A large load (a national initial load) drops the secondary indexes of the person and employment
 * tables first and builds them again at the end of the same transaction, which is several times
 * faster than maintaining them row by row (docs/decisions/003-personnel-overlap-guard.md).
 */
@Service
public class PersonnelImport {

    private static final Logger log = LoggerFactory.getLogger(PersonnelImport.class);

    static final List<String> REQUIRED = List.of(
            "national_id",
            "full_name",
            "birth_date",
            "sex",
            "org_code",
            "staff_category",
            "rank_code",
            "salary_step",
            "position_code",
            "valid_from");
    static final List<String> OPTIONAL =
            List.of("step_since", "leadership_title", "position_allowance", "decision_no", "decision_date", "issuer");

    /** At most this many errors are listed; the rest are counted. */
    static final int MAX_ERRORS = 1000;

    /** Loads of at least this many new people (and more than the people already there) run in bulk mode. */
    static final int BULK_MIN_ROWS = 200_000;

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern STEP = java.util.regex.Pattern.compile("[0-9]{1,2}");
    private static final java.util.regex.Pattern DECIMAL =
            java.util.regex.Pattern.compile("[0-9]{1,2}(\\.[0-9]{1,2})?");

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    private final DataSource dataSource;
    private final MessageSource messages;
    private final AuditLog audit;

    PersonnelImport(DataSource dataSource, MessageSource messages, AuditLog audit) {
        this.dataSource = dataSource;
        this.messages = messages;
        this.audit = audit;
    }

    /** What an applied import did, in addition to the platform's {@link ImportResult}. */
    public record Outcome(
            boolean applied, int rows, int created, int changed, int unchanged, List<ImportError> errors) {}

    private record Problem(int row, String column, String key, Object... args) {}

    @Transactional
    public Outcome importFile(String filename, InputStream in) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return run(connection, filename, in);
        } catch (SQLException e) {
            throw new IllegalStateException("Personnel import failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome run(Connection c, String filename, InputStream in) throws SQLException, IOException {
        long started = System.nanoTime();
        exec(c, "SELECT pg_advisory_xact_lock(hashtext('personnel.import'))");
        exec(c, """
                CREATE TEMP TABLE personnel_stage (
                    row_no integer NOT NULL, national_id text COLLATE "C", full_name text, birth_date date,
                    sex char(1), org_code text COLLATE "C", staff_category text COLLATE "C",
                    rank_code text COLLATE "C", salary_step smallint, position_code text COLLATE "C",
                    valid_from date, step_since date, leadership_title text, position_allowance numeric(4,2),
                    decision_no text, decision_date date, issuer text) ON COMMIT DROP""");
        List<Problem> problems = new ArrayList<>();
        int[] counted = new int[1];
        int rows;
        try (ImportRows file = ImportRows.open(filename, in)) {
            List<String> missing =
                    REQUIRED.stream().filter(h -> !file.headers().contains(h)).toList();
            if (!missing.isEmpty()) {
                problems.add(new Problem(
                        1, String.join(",", missing), "personnel.import.missingColumns", String.join(", ", missing)));
                throw refused(0, problems, 1);
            }
            rows = stage(c, file, problems, counted);
        }
        int javaErrors = counted[0];
        exec(c, "ANALYZE personnel_stage");
        long staged = System.nanoTime();
        String scope = CurrentUser.scope().likePattern();
        exec(c, checkSql(scope));
        exec(c, "ANALYZE personnel_checked");
        int sqlErrors = sqlProblems(c, problems);
        if (javaErrors + sqlErrors > 0) {
            throw refused(rows, problems, javaErrors + sqlErrors);
        }
        long checked = System.nanoTime();
        Outcome outcome = apply(c, filename, rows);
        log.info(
                "Personnel import of {} rows: staged in {} ms, checked in {} ms, applied in {} ms ({} new, {} changed)",
                rows,
                (staged - started) / 1_000_000,
                (checked - staged) / 1_000_000,
                (System.nanoTime() - checked) / 1_000_000,
                outcome.created(),
                outcome.changed());
        return outcome;
    }

    /** Streams the rows into the staging table, checking each on its own; returns the row count. */
    private int stage(Connection c, ImportRows file, List<Problem> problems, int[] errorCount) throws SQLException {
        Map<String, Integer> at = new LinkedHashMap<>();
        for (int i = 0; i < file.headers().size(); i++) {
            at.putIfAbsent(file.headers().get(i), i);
        }
        int[] optional = OPTIONAL.stream().mapToInt(h -> at.getOrDefault(h, -1)).toArray();
        int[] required = REQUIRED.stream().mapToInt(at::get).toArray();
        CopyIn copy =
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY personnel_stage FROM STDIN WITH (FORMAT csv)");
        LongIntMap seen = new LongIntMap(1 << 16);
        StringBuilder buffer = new StringBuilder(1 << 20);
        int rows = 0;
        try {
            while (file.hasNext()) {
                ImportRows.Row row = file.next();
                rows++;
                String[] v = row.cells();
                String[] out = new String[17];
                int n = row.number();
                String nationalId = cell(v, required[0]);
                String fullName = SPACES.matcher(cell(v, required[1])).replaceAll(" ");
                LocalDate birth = date(cell(v, required[2]), n, "birth_date", problems, errorCount);
                String sex = sex(cell(v, required[3]));
                String org = cell(v, required[4]);
                String category = cell(v, required[5]);
                String rank = cell(v, required[6]);
                String step = cell(v, required[7]);
                String position = cell(v, required[8]);
                LocalDate validFrom = date(cell(v, required[9]), n, "valid_from", problems, errorCount);
                if (fullName.isEmpty()) {
                    add(problems, errorCount, n, "full_name", "personnel.import.required");
                }
                if (sex == null) {
                    add(problems, errorCount, n, "sex", "personnel.import.badSex", cell(v, required[3]));
                }
                if (org.isEmpty()) {
                    add(problems, errorCount, n, "org_code", "personnel.import.required");
                }
                if (!StaffCategory.isValid(category)) {
                    add(problems, errorCount, n, "staff_category", "personnel.import.badCategory", category);
                }
                if (validFrom == null && cell(v, required[9]).isEmpty()) {
                    add(problems, errorCount, n, "valid_from", "personnel.import.required");
                }
                if (birth == null && cell(v, required[2]).isEmpty()) {
                    add(problems, errorCount, n, "birth_date", "personnel.import.required");
                }
                if (!step.isEmpty() && !STEP.matcher(step).matches()) {
                    add(problems, errorCount, n, "salary_step", "personnel.import.badStep", step);
                    step = "";
                }
                if (!rank.isEmpty() && step.isEmpty()) {
                    add(problems, errorCount, n, "salary_step", "personnel.import.stepRequired");
                }
                var idProblem = NationalId.check(nationalId, birth, sex);
                if (idProblem.isPresent()) {
                    add(
                            problems,
                            errorCount,
                            n,
                            "national_id",
                            "personnel.nationalId." + idProblem.get().name());
                } else {
                    int first = seen.putIfAbsent(Long.parseLong(nationalId), n);
                    if (first != 0) {
                        add(problems, errorCount, n, "national_id", "personnel.import.duplicateInFile", first);
                    }
                }
                if (birth != null && birth.isAfter(LocalDate.now())) {
                    add(problems, errorCount, n, "birth_date", "personnel.person.birthInFuture");
                }
                out[0] = Integer.toString(n);
                out[1] = nationalId;
                out[2] = fullName;
                out[3] = birth == null ? null : birth.toString();
                out[4] = sex;
                out[5] = org;
                out[6] = category;
                out[7] = rank;
                out[8] = step;
                out[9] = position;
                out[10] = validFrom == null ? null : validFrom.toString();
                out[11] = optionalDate(v, optional[0], n, "step_since", problems, errorCount);
                out[12] = optional[1] < 0 ? null : cell(v, optional[1]);
                String allowance = optional[2] < 0 ? "" : cell(v, optional[2]).replace(',', '.');
                if (!allowance.isEmpty() && !DECIMAL.matcher(allowance).matches()) {
                    add(problems, errorCount, n, "position_allowance", "personnel.import.badNumber", allowance);
                    allowance = "";
                }
                out[13] = allowance;
                out[14] = optional[3] < 0 ? null : cell(v, optional[3]);
                out[15] = optionalDate(v, optional[4], n, "decision_date", problems, errorCount);
                out[16] = optional[5] < 0 ? null : cell(v, optional[5]);
                appendCsv(buffer, out);
                if (buffer.length() >= (1 << 20)) {
                    flush(copy, buffer);
                }
            }
            flush(copy, buffer);
            copy.endCopy();
        } catch (RuntimeException | SQLException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        return rows;
    }

    /**
     * One pass over the staging table joined with the catalogues, the units, the existing dossiers and
     * their latest employment: the action for each row (NEW, CHANGE, UNCHANGED) and what is wrong.
     */
    private static String checkSql(String scopePattern) {
        return """
                CREATE TEMP TABLE personnel_checked ON COMMIT DROP AS
                WITH mine AS (
                    SELECT e.*
                    FROM personnel.employment e
                    WHERE e.superseded_at IS NULL
                      AND e.person_id IN (SELECT p.id FROM personnel.person p
                                          JOIN personnel_stage s ON s.national_id = p.national_id)),
                latest AS (
                    SELECT DISTINCT ON (person_id) * FROM mine ORDER BY person_id, valid_from DESC)
                SELECT s.*,
                       p.id AS person_id, p.full_name AS old_name, p.birth_date AS old_birth, p.sex AS old_sex,
                       p.death_date, pu.path AS person_path,
                       l.id AS latest_id, l.valid_from AS latest_from, l.valid_to AS latest_to,
                       (ev.id IS NOT NULL AND ev.org_code = s.org_code
                        AND ev.staff_category = s.staff_category
                        AND ev.rank_code IS NOT DISTINCT FROM s.rank_code
                        AND ev.salary_step IS NOT DISTINCT FROM s.salary_step
                        AND ev.position_code IS NOT DISTINCT FROM s.position_code
                        AND ev.step_since IS NOT DISTINCT FROM
                            CASE WHEN s.rank_code IS NOT NULL THEN coalesce(s.step_since, s.valid_from) END
                        AND ev.leadership_title IS NOT DISTINCT FROM s.leadership_title
                        AND ev.position_allowance = coalesce(s.position_allowance, 0)) AS same_as_latest,
                       uv.code IS NOT NULL AS unit_known, u.path LIKE '%s' AS unit_in_scope,
                       r.code IS NOT NULL AS rank_known, sc.step_count, sc.step_interval_months,
                       sc.probation_months, cf.coefficient,
                       (jo.id IS NOT NULL OR js.id IS NOT NULL) AS position_known
                FROM personnel_stage s
                LEFT JOIN personnel.person p ON p.national_id = s.national_id
                LEFT JOIN organization.api_unit pu ON pu.code = p.org_code
                LEFT JOIN latest l ON l.person_id = p.id
                LEFT JOIN mine ev ON ev.person_id = p.id AND ev.valid_from = s.valid_from
                LEFT JOIN organization.api_unit_version uv ON uv.code = s.org_code
                     AND uv.valid_from <= s.valid_from AND (uv.valid_to IS NULL OR uv.valid_to > s.valid_from)
                LEFT JOIN organization.api_unit u ON u.code = s.org_code
                LEFT JOIN personnel.rank r ON r.code = s.rank_code
                     AND r.valid_from <= s.valid_from AND (r.valid_to IS NULL OR r.valid_to > s.valid_from)
                LEFT JOIN personnel.salary_scale sc ON sc.code = r.scale_code
                LEFT JOIN personnel.salary_coefficient cf ON cf.scale_code = r.scale_code
                     AND cf.step = s.salary_step
                     AND cf.valid_from <= s.valid_from AND (cf.valid_to IS NULL OR cf.valid_to > s.valid_from)
                LEFT JOIN personnel.job_position jo ON jo.org_code = s.org_code AND jo.code = s.position_code
                     AND jo.valid_from <= s.valid_from AND (jo.valid_to IS NULL OR jo.valid_to > s.valid_from)
                LEFT JOIN personnel.job_position js ON js.org_code IS NULL AND js.code = s.position_code
                     AND js.valid_from <= s.valid_from AND (js.valid_to IS NULL OR js.valid_to > s.valid_from)
                """.formatted(scopePattern.replace("'", "''"));
    }

    /** Adds the database-side problems (at most {@link #MAX_ERRORS} listed); returns how many there are. */
    private int sqlProblems(Connection c, List<Problem> problems) throws SQLException {
        String errors = """
                SELECT row_no, col, key, a1, a2 FROM (
                  SELECT row_no, 'org_code' AS col, 'personnel.import.unknownOrg' AS key, org_code AS a1,
                         valid_from::text AS a2
                    FROM personnel_checked WHERE org_code <> '' AND valid_from IS NOT NULL AND NOT unit_known
                  UNION ALL
                  SELECT row_no, 'org_code', 'personnel.import.orgOutOfScope', org_code, NULL
                    FROM personnel_checked WHERE unit_known AND NOT coalesce(unit_in_scope, false)
                  UNION ALL
                  SELECT row_no, 'rank_code', 'personnel.import.unknownRank', rank_code, valid_from::text
                    FROM personnel_checked WHERE rank_code <> '' AND valid_from IS NOT NULL AND NOT rank_known
                  UNION ALL
                  SELECT row_no, 'salary_step', 'personnel.import.stepBeyond', salary_step::text, step_count::text
                    FROM personnel_checked WHERE rank_known AND salary_step IS NOT NULL
                     AND (salary_step < 1 OR salary_step > step_count)
                  UNION ALL
                  SELECT row_no, 'position_code', 'personnel.import.unknownPosition', position_code, org_code
                    FROM personnel_checked WHERE position_code <> '' AND valid_from IS NOT NULL
                     AND NOT position_known
                  UNION ALL
                  SELECT row_no, 'valid_from', 'personnel.import.beforeBirth', valid_from::text, birth_date::text
                    FROM personnel_checked WHERE valid_from < birth_date
                  UNION ALL
                  SELECT row_no, 'birth_date', 'personnel.import.identityMismatch', old_birth::text, old_sex
                    FROM personnel_checked WHERE person_id IS NOT NULL
                     AND (old_birth <> birth_date OR old_sex <> sex)
                  UNION ALL
                  SELECT row_no, 'national_id', 'personnel.import.personOutOfScope', NULL, NULL
                    FROM personnel_checked WHERE person_id IS NOT NULL
                     AND NOT coalesce(person_path LIKE '%s', false)
                  UNION ALL
                  SELECT row_no, 'national_id', 'personnel.import.deceased', death_date::text, NULL
                    FROM personnel_checked WHERE death_date IS NOT NULL
                  UNION ALL
                  SELECT row_no, 'valid_from', 'personnel.import.overlap', latest_from::text,
                         coalesce(latest_to::text, '')
                    FROM personnel_checked WHERE latest_id IS NOT NULL AND NOT same_as_latest
                     AND (latest_from >= valid_from OR (latest_to IS NOT NULL AND latest_to > valid_from))
                ) e ORDER BY row_no, col LIMIT %d""".formatted(CurrentUser.scope().likePattern().replace("'", "''"), MAX_ERRORS + 1);
        int count = 0;
        try (Statement st = c.createStatement();
                var rs = st.executeQuery(errors)) {
            while (rs.next()) {
                count++;
                problems.add(new Problem(
                        rs.getInt(1), rs.getString(2), rs.getString(3), nz(rs.getString(4)), nz(rs.getString(5))));
            }
        }
        return count;
    }

    private Outcome apply(Connection c, String filename, int rows) throws SQLException {
        int created = count(c, "SELECT count(*) FROM personnel_checked WHERE person_id IS NULL");
        int unchanged = count(c, "SELECT count(*) FROM personnel_checked WHERE same_as_latest");
        int changedEmployment = rows - created - unchanged;
        long people = count(c, "SELECT count(*) FROM personnel.person");
        boolean bulk = created >= BULK_MIN_ROWS && created > people;
        List<String> rebuild = bulk ? dropSecondaryIndexes(c) : List.of();
        long batch;
        try (Statement st = c.createStatement()) {
            var rs = st.executeQuery("INSERT INTO personnel.import_batch "
                    + "(filename, rows, created, changed, unchanged, imported_by) VALUES ("
                    + literal(filename) + "," + rows + "," + created + "," + changedEmployment + "," + unchanged
                    + "," + literal(CurrentUser.actor()) + ") RETURNING id");
            rs.next();
            batch = rs.getLong(1);
        }
        exec(c, """
                INSERT INTO personnel.person_name (full_name, fold)
                SELECT n, platform.fold(n) FROM (
                    SELECT DISTINCT c.full_name AS n FROM personnel_checked c
                    WHERE (c.person_id IS NULL OR c.old_name <> c.full_name)
                      AND NOT EXISTS (SELECT 1 FROM personnel.person_name x WHERE x.full_name = c.full_name)) d
                ON CONFLICT (full_name) DO NOTHING""");
        exec(c, """
                INSERT INTO personnel.person (national_id, full_name, name_id, birth_date, sex, org_code)
                SELECT c.national_id, c.full_name, n.id, c.birth_date, c.sex, c.org_code
                FROM personnel_checked c JOIN personnel.person_name n ON n.full_name = c.full_name
                WHERE c.person_id IS NULL
                ORDER BY c.row_no""");
        if (!bulk && created > 10_000) {
            exec(c, "ANALYZE personnel.person");
        }
        exec(c, """
                UPDATE personnel.person p SET full_name = c.full_name, name_id = n.id, updated_at = now()
                FROM personnel_checked c JOIN personnel.person_name n ON n.full_name = c.full_name
                WHERE p.id = c.person_id AND c.old_name <> c.full_name""");
        // People already employed: the open version ends where the imported one begins.
        exec(c, """
                CREATE TEMP TABLE personnel_closed ON COMMIT DROP AS
                SELECT l.id, c.valid_from AS new_to FROM personnel_checked c
                JOIN personnel.employment l ON l.id = c.latest_id
                WHERE c.person_id IS NOT NULL AND NOT c.same_as_latest AND l.valid_to IS NULL""");
        exec(c, """
                UPDATE personnel.employment e SET superseded_at = clock_timestamp()
                FROM personnel_closed x WHERE e.id = x.id""");
        exec(
                c,
                "INSERT INTO personnel.employment (person_id, valid_from, valid_to, "
                        + COPIED + ") SELECT e.person_id, e.valid_from, x.new_to, " + COPIED
                        + " FROM personnel.employment e JOIN personnel_closed x ON x.id = e.id");
        exec(c, """
                INSERT INTO personnel.employment
                    (person_id, valid_from, valid_to, org_code, position_code, staff_category, rank_code,
                     salary_step, coefficient, step_since, step_interval_months, at_top_step, leadership_title,
                     position_allowance, term_end, probation_until, next_step_due, import_id, decision_no,
                     decision_date, issuer)
                SELECT p.id, c.valid_from, NULL, c.org_code, NULLIF(c.position_code, ''), c.staff_category,
                       NULLIF(c.rank_code, ''), c.salary_step, c.coefficient,
                       CASE WHEN c.rank_known THEN coalesce(c.step_since, c.valid_from) END,
                       c.step_interval_months, coalesce(c.salary_step >= c.step_count, false),
                       NULLIF(c.leadership_title, ''), coalesce(c.position_allowance, 0),
                       CASE WHEN NULLIF(c.leadership_title, '') IS NOT NULL
                            THEN (c.valid_from + interval '60 months')::date END,
                       NULL,
                       personnel.next_step_due(CASE WHEN c.rank_known THEN coalesce(c.step_since, c.valid_from) END,
                           c.step_interval_months, coalesce(c.salary_step >= c.step_count, false), 0, 0),
                       %d, NULLIF(c.decision_no, ''), c.decision_date, NULLIF(c.issuer, '')
                FROM personnel_checked c JOIN personnel.person p ON p.national_id = c.national_id
                WHERE NOT c.same_as_latest
                ORDER BY p.id""".formatted(batch));
        exec(c, """
                UPDATE personnel.person p SET org_code = c.org_code, updated_at = now()
                FROM personnel_checked c
                WHERE p.id = c.person_id AND NOT c.same_as_latest AND p.org_code <> c.org_code""");
        for (String ddl : rebuild) {
            exec(c, ddl);
        }
        if (bulk) {
            exec(c, "ANALYZE personnel.person");
            exec(c, "ANALYZE personnel.employment");
            exec(c, "ANALYZE personnel.person_name");
        }
        audit.record(
                "IMPORT",
                "personnel.import_batch",
                String.valueOf(batch),
                null,
                Map.of("rows", rows, "created", created, "changed", changedEmployment, "unchanged", unchanged),
                filename);
        return new Outcome(true, rows, created, changedEmployment, unchanged, List.of());
    }

    private static final String COPIED = """
            org_code, position_code, staff_category, rank_code, salary_step, coefficient, step_since,
            step_interval_months, at_top_step, step_delay_months, above_ceiling_pct, leadership_title,
            position_allowance, other_allowance, term_end, probation_until, seconded_to, next_step_due,
            end_reason, event_id, import_id, decision_no, decision_date, issuer""";

    /**
     * Drops the secondary indexes, the foreign key and the overlap triggers of the person and
     * employment tables; returns the statements that restore them (run later in the same transaction,
     * so a failure anywhere restores everything by rolling back).
     */
    private List<String> dropSecondaryIndexes(Connection c) throws SQLException {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("""
                        SELECT i.indexname, i.indexdef FROM pg_indexes i
                        WHERE i.schemaname = 'personnel' AND i.tablename IN ('person', 'employment', 'person_name')
                          AND i.indexname NOT IN ('person_pkey', 'employment_pkey', 'person_name_pkey',
                                                  'person_name_full_name_key')""")) {
            while (rs.next()) {
                drop.add("DROP INDEX personnel." + rs.getString(1));
                restore.add(rs.getString(2));
            }
        }
        drop.add("ALTER TABLE personnel.employment DROP CONSTRAINT employment_person_fk");
        drop.add("ALTER TABLE personnel.employment DISABLE TRIGGER employment_no_overlap_insert");
        for (String ddl : drop) {
            exec(c, ddl);
        }
        exec(c, "SET LOCAL maintenance_work_mem = '512MB'");
        restore.add("ALTER TABLE personnel.employment ADD CONSTRAINT employment_person_fk "
                + "FOREIGN KEY (person_id) REFERENCES personnel.person (id)");
        restore.add("ALTER TABLE personnel.employment ENABLE TRIGGER employment_no_overlap_insert");
        // What the disabled trigger would have checked, once, set-based, for the people who already had
        // employment (a new person gets exactly one version from a file without duplicates).
        restore.add("""
                DO $$ BEGIN
                  IF EXISTS (SELECT 1 FROM (
                        SELECT person_id, valid_from, valid_to,
                               lag(valid_to) OVER (PARTITION BY person_id ORDER BY valid_from) AS prev_to,
                               lag(valid_from) OVER (PARTITION BY person_id ORDER BY valid_from) AS prev_from
                        FROM personnel.employment
                        WHERE superseded_at IS NULL
                          AND person_id IN (SELECT person_id FROM personnel_checked)) v
                      WHERE prev_from IS NOT NULL AND (prev_to IS NULL OR prev_to > valid_from)) THEN
                    RAISE EXCEPTION USING ERRCODE = '23P01', MESSAGE = 'employment versions of a person overlap';
                  END IF;
                END $$""");
        return restore;
    }

    private ImportRefusedException refused(int rows, List<Problem> problems, int total) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ImportError> errors = problems.stream()
                .sorted(java.util.Comparator.comparingInt(Problem::row))
                .limit(MAX_ERRORS)
                .map(p -> new ImportError(p.row(), p.column(), messages.getMessage(p.key(), p.args(), p.key(), locale)))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        if (total > errors.size()) {
            errors.add(new ImportError(
                    0,
                    "",
                    messages.getMessage("personnel.import.moreErrors", new Object[] {total - errors.size()}, locale)));
        }
        return new ImportRefusedException(ImportResult.refused(rows, errors));
    }

    private static void add(List<Problem> problems, int[] count, int row, String column, String key, Object... args) {
        count[0]++;
        if (problems.size() < MAX_ERRORS) {
            problems.add(new Problem(row, column, key, args));
        }
    }

    private static LocalDate date(String text, int row, String column, List<Problem> problems, int[] count) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            if (text.indexOf('/') > 0) {
                return LocalDate.parse(text, VN_DATE);
            }
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            add(problems, count, row, column, "personnel.import.badDate", text);
            return null;
        }
    }

    private static String optionalDate(
            String[] v, int index, int row, String column, List<Problem> problems, int[] count) {
        if (index < 0) {
            return null;
        }
        LocalDate d = date(cell(v, index), row, column, problems, count);
        return d == null ? null : d.toString();
    }

    private static String sex(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "m", "nam", "male" -> "M";
            case "f", "nữ", "nu", "female" -> "F";
            default -> null;
        };
    }

    private static String cell(String[] v, int index) {
        return index < v.length && v[index] != null ? v[index] : "";
    }

    private static void appendCsv(StringBuilder b, String[] fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            String f = fields[i];
            if (f == null || f.isEmpty()) {
                continue; // unquoted empty = NULL in COPY csv
            }
            boolean quote = false;
            for (int k = 0; k < f.length(); k++) {
                char ch = f.charAt(k);
                if (ch == ',' || ch == '"' || ch == '\n' || ch == '\r') {
                    quote = true;
                    break;
                }
            }
            if (quote) {
                b.append('"').append(f.replace("\"", "\"\"")).append('"');
            } else {
                b.append(f);
            }
        }
        b.append('\n');
    }

    private static void flush(CopyIn copy, StringBuilder buffer) throws SQLException {
        if (!buffer.isEmpty()) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (ms > 1000) {
            log.info(
                    "Personnel import step took {} ms: {}",
                    ms,
                    sql.strip().lines().findFirst().orElse(""));
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String literal(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
