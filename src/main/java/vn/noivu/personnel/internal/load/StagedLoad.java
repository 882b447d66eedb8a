package vn.noivu.personnel.internal.load;

import static vn.noivu.personnel.internal.load.ImportSql.EMPLOYMENT_COLUMNS;
import static vn.noivu.personnel.internal.load.ImportSql.FLUSH_BYTES;
import static vn.noivu.personnel.internal.load.ImportSql.count;
import static vn.noivu.personnel.internal.load.ImportSql.exec;
import static vn.noivu.personnel.internal.load.ImportSql.nz;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.noivu.platform.security.CurrentUser;

/**
 * An import into a database that already holds dossiers: the checked rows go to a temporary table,
 * what needs the existing dossiers (identity, scope, death, overlapping history) is checked
 * set-based, and new people, changed employment and unchanged rows are applied with a few statements
 * in the caller's transaction.
 */
final class StagedLoad {

    /** Loads of at least this many new people (more than there are) rebuild indexes at the end. */
    static final int BULK_MIN_ROWS = 200_000;

    private final Connection c;
    private final MessageSource messages;
    private final long batch;
    private final String filename;

    StagedLoad(Connection c, MessageSource messages, long batch, String filename) {
        this.c = c;
        this.messages = messages;
        this.batch = batch;
        this.filename = filename;
    }

    PersonnelImport.Outcome run(ImportRows file, ImportRowChecker checker, ImportProblems problems)
            throws SQLException {
        exec(
                c,
                "CREATE TEMP TABLE personnel_stage (row_no integer NOT NULL, " + STAGE_COLUMNS_DDL
                        + ") ON COMMIT DROP");
        int rows;
        BinaryCopy out = new BinaryCopy(FLUSH_BYTES + 4096);
        try (CopyShipper shipper = new CopyShipper(c)) {
            try (CheckedRows checked = CheckedRows.start(file, checker, problems)) {
                for (ImportedRow r = checked.next(); r != null; r = checked.next()) {
                    out.row(6 + ImportSql.EMPLOYMENT_FIELDS)
                            .int4(r.rowNo())
                            .text(r.nationalId())
                            .text(r.fullName())
                            .date(r.birthDate())
                            .text(r.sex())
                            .int8(0); // person_id: the stage's placeholder
                    ImportSql.employmentFields(out, r, batch);
                    if (out.length() >= FLUSH_BYTES) {
                        shipper.ship(STAGE_SQL, out);
                    }
                }
                rows = checked.rows();
            }
            if (problems.any()) {
                throw problems.refusal(rows, messages, LocaleContextHolder.getLocale());
            }
            shipper.ship(STAGE_SQL, out);
            shipper.finish();
        }
        exec(c, "ANALYZE personnel_stage");
        exec(c, CHECK_SQL);
        exec(c, "ANALYZE personnel_checked");
        existingPeopleProblems(problems);
        if (problems.any()) {
            throw problems.refusal(rows, messages, LocaleContextHolder.getLocale());
        }
        return apply(rows);
    }

    private static final String STAGE_SQL = "COPY personnel_stage FROM STDIN WITH (FORMAT binary)";

    private static final String STAGE_COLUMNS_DDL = """
            national_id text COLLATE "C", full_name text, birth_date date, sex char(1),
            person_id bigint, valid_from date, org_code text COLLATE "C", position_code text COLLATE "C",
            staff_category text COLLATE "C", rank_code text COLLATE "C", salary_step smallint,
            coefficient numeric(5,2), step_since date, step_interval_months smallint, at_top_step boolean,
            leadership_title text, position_allowance numeric(4,2), term_end date, next_step_due date,
            import_id bigint, decision_no text, decision_date date, issuer text, above_ceiling_pct smallint,
            leadership_post text COLLATE "C", appointed_on date""";

    /**
     * The staged rows with the dossier they match (by ID number) and that dossier's latest current
     * employment version: whether the row asserts that same version (nothing to do) or a new one.
     */
    private static final String CHECK_SQL = """
            CREATE TEMP TABLE personnel_checked ON COMMIT DROP AS
            WITH mine AS (
                SELECT e.*
                FROM personnel.employment e
                WHERE e.superseded_at IS NULL
                  AND e.person_id IN (SELECT p.id FROM personnel.person p
                                      JOIN personnel_stage s ON s.national_id = p.national_id)),
            latest AS (
                SELECT DISTINCT ON (person_id) * FROM mine ORDER BY person_id, valid_from DESC)
            SELECT s.row_no, s.national_id, s.full_name, s.birth_date, s.sex, s.valid_from, s.org_code,
                   p.id AS person_id, p.full_name AS old_name, p.birth_date AS old_birth, p.sex AS old_sex,
                   p.death_date, pu.path AS person_path,
                   l.id AS latest_id, l.valid_from AS latest_from, l.valid_to AS latest_to,
                   (ev.id IS NOT NULL AND ev.org_code = s.org_code
                    AND ev.staff_category = s.staff_category
                    AND ev.rank_code IS NOT DISTINCT FROM s.rank_code
                    AND ev.salary_step IS NOT DISTINCT FROM s.salary_step
                    AND ev.position_code IS NOT DISTINCT FROM s.position_code
                    AND ev.step_since IS NOT DISTINCT FROM s.step_since
                    AND ev.leadership_title IS NOT DISTINCT FROM s.leadership_title
                    AND ev.position_allowance = s.position_allowance
                    AND ev.above_ceiling_pct = s.above_ceiling_pct
                    AND ev.leadership_post IS NOT DISTINCT FROM s.leadership_post
                    AND ev.term_end IS NOT DISTINCT FROM s.term_end) AS same_as_latest
            FROM personnel_stage s
            LEFT JOIN personnel.person p ON p.national_id = s.national_id
            LEFT JOIN organization.api_unit pu ON pu.code = p.org_code
            LEFT JOIN latest l ON l.person_id = p.id
            LEFT JOIN mine ev ON ev.person_id = p.id AND ev.valid_from = s.valid_from""";

    /**
     * What needs the existing dossiers: identity, scope, death, overlapping history. A dossier outside
     * the importer's scope gets one answer whatever else is true of it (its birth date, sex, death or
     * history would tell the importer about a person they may not see): the number cannot be imported
     * here. That the number is taken is unavoidable — the import may not make a second dossier.
     */
    private void existingPeopleProblems(ImportProblems problems) throws SQLException {
        String scope = CurrentUser.scope().likePattern().replace("'", "''");
        String errors = """
                WITH found AS (
                  SELECT *, coalesce(person_path LIKE '%s', false) AS in_scope
                  FROM personnel_checked WHERE person_id IS NOT NULL)
                SELECT row_no, col, key, a1, a2 FROM (
                  SELECT row_no, 'national_id' AS col, 'personnel.nationalId.notHere' AS key,
                         NULL AS a1, NULL AS a2
                    FROM found WHERE NOT in_scope
                  UNION ALL
                  SELECT row_no, 'birth_date', 'personnel.import.identityMismatch', old_birth::text, old_sex::text
                    FROM found WHERE in_scope AND (old_birth <> birth_date OR old_sex <> sex)
                  UNION ALL
                  SELECT row_no, 'national_id', 'personnel.import.deceased', death_date::text, NULL
                    FROM found WHERE in_scope AND death_date IS NOT NULL
                  UNION ALL
                  SELECT row_no, 'valid_from', 'personnel.import.overlap', latest_from::text,
                         coalesce(latest_to::text, '')
                    FROM found WHERE in_scope AND latest_id IS NOT NULL AND NOT same_as_latest
                     AND (latest_from >= valid_from OR (latest_to IS NOT NULL AND latest_to > valid_from))
                ) e ORDER BY row_no, col LIMIT %d""".formatted(scope, ImportProblems.MAX_LISTED + 1);
        try (Statement st = c.createStatement();
                var rs = st.executeQuery(errors)) {
            while (rs.next()) {
                problems.add(rs.getInt(1), rs.getString(2), rs.getString(3), nz(rs.getString(4)), nz(rs.getString(5)));
            }
        }
    }

    private PersonnelImport.Outcome apply(int rows) throws SQLException {
        int created = (int) count(c, "SELECT count(*) FROM personnel_checked WHERE person_id IS NULL");
        // A row that asserts the version already recorded changes nothing only if the name is the same:
        // a new name is a change of the dossier, counted and audited like a new version.
        int unchanged =
                (int) count(c, "SELECT count(*) FROM personnel_checked WHERE same_as_latest AND old_name = full_name");
        int changed = rows - created - unchanged;
        if (changed > 0) {
            audit();
        }
        long people = count(c, "SELECT count(*) FROM personnel.person");
        boolean bulk = created >= BULK_MIN_ROWS && created > people;
        List<String> rebuild = new ArrayList<>(bulk ? ImportSql.dropSecondaryIndexes(c) : List.of());
        if (bulk) {
            rebuild.add(OVERLAP_CHECK);
            rebuild.addAll(ImportSql.RECOUNT_OPEN);
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
        String columns = EMPLOYMENT_COLUMNS.replace("person_id, ", "");
        String staged = java.util.Arrays.stream(columns.split(","))
                .map(column -> "s." + column.strip())
                .collect(java.util.stream.Collectors.joining(", "));
        exec(c, "INSERT INTO personnel.employment (person_id, " + columns + ") SELECT p.id, " + staged + """
                 FROM personnel_stage s
                JOIN personnel_checked c ON c.row_no = s.row_no
                JOIN personnel.person p ON p.national_id = s.national_id
                WHERE NOT c.same_as_latest
                ORDER BY p.id""");
        exec(c, """
                UPDATE personnel.person p SET org_code = c.org_code, updated_at = now()
                FROM personnel_checked c
                WHERE p.id = c.person_id AND NOT c.same_as_latest AND p.org_code <> c.org_code""");
        for (String ddl : rebuild) {
            exec(c, ddl);
        }
        if (bulk) {
            ImportSql.analyze(c);
        }
        return new PersonnelImport.Outcome(true, rows, created, changed, unchanged, List.of(), false);
    }

    /**
     * One audit entry per dossier the import changes, with its name, unit and current employment
     * before and after, written set-based before the changes (in the same transaction: the entries
     * and the changes commit or roll back together). Like every dossier's audit entry, it never holds
     * the ID number; new dossiers are traced by the batch (their first version carries its id).
     */
    private void audit() throws SQLException {
        exec(c, """
                INSERT INTO platform.audit_log
                    (actor, actor_scope, action, entity, entity_id, before_state, after_state, detail)
                SELECT %s, %s, 'UPDATE', 'personnel.person', c.person_id::text,
                       jsonb_build_object('fullName', c.old_name, 'orgCode', p.org_code, 'employment', %s),
                       jsonb_build_object(
                           'fullName', c.full_name,
                           'orgCode', CASE WHEN c.same_as_latest THEN p.org_code ELSE s.org_code END,
                           'employment', CASE WHEN c.same_as_latest THEN %s ELSE %s END),
                       %s
                FROM personnel_checked c
                JOIN personnel.person p ON p.id = c.person_id
                JOIN personnel_stage s ON s.row_no = c.row_no
                LEFT JOIN personnel.employment l ON l.id = c.latest_id
                WHERE c.person_id IS NOT NULL AND NOT (c.same_as_latest AND c.old_name = c.full_name)
                ORDER BY c.row_no""".formatted(
                        ImportSql.literal(CurrentUser.actor()),
                        ImportSql.literal(CurrentUser.scope().path()),
                        versionJson("l"),
                        versionJson("l"),
                        versionJson("s"),
                        ImportSql.literal("personnel import " + batch + ": " + filename)));
    }

    /** An employment version as the audit shows it ({@code alias}: a version or a staged row). */
    private static String versionJson(String alias) {
        String nullIfAbsent = alias.equals("l") ? "CASE WHEN l.id IS NULL THEN NULL ELSE " : "(";
        return nullIfAbsent + """
                jsonb_build_object('validFrom', %1$s.valid_from, 'orgCode', %1$s.org_code,
                    'staffCategory', %1$s.staff_category, 'rankCode', %1$s.rank_code,
                    'salaryStep', %1$s.salary_step, 'positionCode', %1$s.position_code,
                    'stepSince', %1$s.step_since, 'leadershipTitle', %1$s.leadership_title,
                    'positionAllowance', %1$s.position_allowance, 'decisionNo', %1$s.decision_no,
                    'leadershipPost', %1$s.leadership_post, 'aboveCeilingPct', %1$s.above_ceiling_pct,
                    'termEnd', %1$s.term_end, 'appointedOn', %1$s.appointed_on)""".formatted(alias) + (alias.equals("l") ? " END" : ")");
    }

    private static final String COPIED = """
            org_code, position_code, staff_category, rank_code, salary_step, coefficient, step_since,
            step_interval_months, at_top_step, step_delay_months, above_ceiling_pct, leadership_title,
            position_allowance, other_allowance, term_end, probation_until, seconded_to, next_step_due,
            end_reason, event_id, import_id, decision_no, decision_date, issuer, leadership_post, appointed_on""";

    /**
     * What the disabled overlap trigger would have checked in a staged bulk load, once and set-based,
     * for the people who already had employment (a new person gets exactly one version from a file
     * without duplicates; an initial load has only new people).
     */
    private static final String OVERLAP_CHECK = """
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
                END $$""";
}
