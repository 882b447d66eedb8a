package vn.noivu.personnel.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.audit.AuditLog;
import vn.noivu.platform.security.CurrentUser;

/**
 * Bulk import of people with their current employment (docs/import-formats.md, "Personnel";
 * docs/decisions/004-personnel-bulk-import.md). Whole or not at all, in one transaction; importing
 * the same file again changes nothing (people are matched by their ID number).
 *
 * <p>The file is streamed once. Each row is checked on its own and against the reference catalogues
 * held in memory ({@link ImportRowChecker}). Then one of two ways:
 *
 * <ul>
 *   <li><b>Initial load</b> — no dossier exists yet (a national migration): the rows go straight into
 *       the person table with {@code COPY} while the file streams, employment and new names through
 *       temporary files, the secondary indexes are built once at the end. The tables are truncated
 *       first, which gives them new files: with the embedded database's {@code wal_level=minimal}
 *       PostgreSQL then writes them without WAL and syncs them at commit.
 *   <li><b>Staged</b> — dossiers exist: the rows go into a temporary table, what needs the existing
 *       dossiers (identity, scope, death, overlapping history) is checked set-based, and the changes
 *       are applied with a few set-based statements.
 * </ul>
 */
@Service
public class PersonnelImport {

    private static final Logger log = LoggerFactory.getLogger(PersonnelImport.class);

    static final List<String> REQUIRED = ImportRowChecker.REQUIRED;

    /** Staged loads of at least this many new people (more than there are) rebuild indexes at the end. */
    static final int BULK_MIN_ROWS = 200_000;

    private static final int FLUSH_BYTES = 1 << 20;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final AuditLog audit;

    PersonnelImport(DataSource dataSource, JdbcClient jdbc, MessageSource messages, AuditLog audit) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.messages = messages;
        this.audit = audit;
    }

    /** What an applied import did, in addition to the platform's {@code ImportResult}. */
    public record Outcome(
            boolean applied,
            int rows,
            int created,
            int changed,
            int unchanged,
            List<vn.noivu.platform.imports.ImportError> errors) {}

    @Transactional
    public Outcome importFile(String filename, InputStream in) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (ImportRows file = ImportRows.open(filename, in)) {
            return run(connection, filename, file);
        } catch (SQLException e) {
            throw new IllegalStateException("Personnel import failed in the database", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Outcome run(Connection c, String filename, ImportRows file) throws SQLException, IOException {
        long started = System.nanoTime();
        exec(c, "SELECT pg_advisory_xact_lock(hashtext('personnel.import'))");
        ImportProblems problems = new ImportProblems();
        List<String> missing = ImportRowChecker.missing(file.headers());
        if (!missing.isEmpty()) {
            problems.add(1, String.join(",", missing), "personnel.import.missingColumns", String.join(", ", missing));
            throw problems.refusal(0, messages, LocaleContextHolder.getLocale());
        }
        ImportRowChecker checker =
                new ImportRowChecker(file.headers(), ImportCatalogue.load(jdbc), CurrentUser.scope(), LocalDate.now());
        // Writers wait for the import; readers of the person table do not.
        exec(c, "LOCK TABLE personnel.person IN SHARE ROW EXCLUSIVE MODE");
        boolean initial = count(c, "SELECT count(*) FROM (SELECT 1 FROM personnel.person LIMIT 1) x") == 0;
        long batch = count(c, "SELECT nextval(pg_get_serial_sequence('personnel.import_batch', 'id'))");
        Outcome outcome = initial
                ? initialLoad(c, file, checker, problems, batch)
                : stagedLoad(c, file, checker, problems, batch);
        exec(
                c,
                "INSERT INTO personnel.import_batch (id, filename, rows, created, changed, unchanged, imported_by) "
                        + "OVERRIDING SYSTEM VALUE VALUES (" + batch + "," + literal(filename) + "," + outcome.rows()
                        + "," + outcome.created() + "," + outcome.changed() + "," + outcome.unchanged() + ","
                        + literal(CurrentUser.actor()) + ")");
        audit.record(
                "IMPORT",
                "personnel.import_batch",
                String.valueOf(batch),
                null,
                Map.of(
                        "rows",
                        outcome.rows(),
                        "created",
                        outcome.created(),
                        "changed",
                        outcome.changed(),
                        "unchanged",
                        outcome.unchanged()),
                filename);
        log.info(
                "Personnel import of {} rows ({}) in {} ms: {} new, {} changed, {} unchanged",
                outcome.rows(),
                initial ? "initial load" : "staged",
                (System.nanoTime() - started) / 1_000_000,
                outcome.created(),
                outcome.changed(),
                outcome.unchanged());
        return outcome;
    }

    // ------------------------------------------------------------------------------------------
    // Initial load
    // ------------------------------------------------------------------------------------------

    private Outcome initialLoad(
            Connection c, ImportRows file, ImportRowChecker checker, ImportProblems problems, long batch)
            throws SQLException, IOException {
        long t0 = System.nanoTime();
        // The person table is empty, so are the tables that refer to it: truncating gives them new
        // files, which PostgreSQL writes without WAL under wal_level=minimal and syncs at commit.
        exec(c, "TRUNCATE personnel.person CASCADE");
        Map<String, Long> names = new HashMap<>();
        if (count(c, "SELECT count(*) FROM (SELECT 1 FROM personnel.person_name LIMIT 1) x") == 0) {
            exec(c, "TRUNCATE personnel.person_name");
        } else {
            exec(c, "LOCK TABLE personnel.person_name IN EXCLUSIVE MODE");
            jdbc.sql("SELECT full_name, id FROM personnel.person_name").query(rs -> {
                names.put(rs.getString(1), rs.getLong(2));
            });
        }
        List<String> restore = dropSecondaryIndexes(c);
        long personBase = count(c, "SELECT nextval(pg_get_serial_sequence('personnel.person', 'id'))");
        long nameBase = count(c, "SELECT nextval(pg_get_serial_sequence('personnel.person_name', 'id'))");
        Path employmentFile = Files.createTempFile("noivu-employment", ".csv");
        Path namesFile = Files.createTempFile("noivu-names", ".csv");
        try {
            return initialLoad(
                    c,
                    file,
                    checker,
                    problems,
                    batch,
                    restore,
                    personBase,
                    nameBase,
                    names,
                    employmentFile,
                    namesFile,
                    t0);
        } finally {
            Files.deleteIfExists(employmentFile);
            Files.deleteIfExists(namesFile);
        }
    }

    private Outcome initialLoad(
            Connection c,
            ImportRows file,
            ImportRowChecker checker,
            ImportProblems problems,
            long batch,
            List<String> restore,
            long personBase,
            long nameBase,
            Map<String, Long> names,
            Path employmentFile,
            Path namesFile,
            long t0)
            throws SQLException, IOException {
        long nextName = nameBase;
        int rows = 0;
        int created = 0;
        Map<String, Long> openHeadcount = new HashMap<>();
        boolean foldedInJava = true;
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        CopyIn people = copy.copyIn("""
                COPY personnel.person (id, national_id, full_name, name_id, birth_date, sex, org_code)
                FROM STDIN WITH (FORMAT csv, FREEZE true)""");
        try (OutputStream employment = new BufferedOutputStream(Files.newOutputStream(employmentFile), 1 << 16);
                OutputStream newNames = new BufferedOutputStream(Files.newOutputStream(namesFile), 1 << 16)) {
            CopyText person = new CopyText(FLUSH_BYTES + 4096);
            CopyText version = new CopyText(FLUSH_BYTES + 4096);
            CopyText name = new CopyText(1 << 16);
            try {
                while (file.hasNext()) {
                    rows++;
                    ImportedRow r = checker.check(file.next(), problems);
                    if (r == null || problems.any()) {
                        continue; // keep reading to report every problem; nothing will be kept
                    }
                    long id = personBase + created++;
                    Long nameId = names.get(r.fullName());
                    if (nameId == null) {
                        nameId = nextName++;
                        names.put(r.fullName(), nameId);
                        String fold = NameFold.fold(r.fullName());
                        foldedInJava &= fold != null;
                        name.field(nameId).field(r.fullName()).field(fold).endRow();
                        if (name.length() >= (1 << 16)) {
                            newNames.write(name.drain());
                        }
                    }
                    person.field(id)
                            .field(r.nationalId())
                            .field(r.fullName())
                            .field(nameId)
                            .field(r.birthDate())
                            .field(r.sex())
                            .field(r.orgCode())
                            .endRow();
                    if (person.length() >= FLUSH_BYTES) {
                        write(people, person.drain());
                    }
                    employmentRow(version, id, r, batch);
                    openHeadcount.merge(r.orgCode() + "," + r.staffCategory(), 1L, Long::sum);
                    if (version.length() >= FLUSH_BYTES) {
                        employment.write(version.drain());
                    }
                }
                if (problems.any()) {
                    people.cancelCopy();
                    throw problems.refusal(rows, messages, LocaleContextHolder.getLocale());
                }
                write(people, person.drain());
                people.endCopy();
                employment.write(version.drain());
                newNames.write(name.drain());
            } finally {
                if (people.isActive()) {
                    people.cancelCopy();
                }
            }
        }
        long streamed = System.nanoTime();
        if (foldedInJava) {
            copyFile(copy, "COPY personnel.person_name (id, full_name, fold) FROM STDIN WITH (FORMAT csv)", namesFile);
        } else {
            // Some name is not in the Vietnamese alphabet: the database folds those.
            exec(c, "CREATE TEMP TABLE personnel_new_name (id bigint, full_name text, fold text) ON COMMIT DROP");
            copyFile(copy, "COPY personnel_new_name FROM STDIN WITH (FORMAT csv)", namesFile);
            exec(c, """
                    INSERT INTO personnel.person_name (id, full_name, fold)
                    SELECT id, full_name, coalesce(fold, platform.fold(full_name)) FROM personnel_new_name""");
        }
        copyFile(
                copy,
                "COPY personnel.employment (" + EMPLOYMENT_COLUMNS + ") FROM STDIN WITH (FORMAT csv, FREEZE true)",
                employmentFile);
        // Every imported version is current and open-ended: the open headcount is the file's count.
        exec(c, "TRUNCATE personnel.headcount_open");
        CopyText counts = new CopyText(1 << 16);
        openHeadcount.forEach((key, n) -> counts.field(key.substring(0, key.lastIndexOf(',')))
                .field(key.substring(key.lastIndexOf(',') + 1))
                .field(n)
                .endRow());
        CopyIn headcount =
                copy.copyIn("COPY personnel.headcount_open (org_code, staff_category, n) FROM STDIN WITH (FORMAT csv)");
        write(headcount, counts.drain());
        headcount.endCopy();
        if (created > 0) {
            exec(
                    c,
                    "SELECT setval(pg_get_serial_sequence('personnel.person', 'id'), " + (personBase + created - 1)
                            + ")");
        }
        if (nextName > nameBase) {
            exec(c, "SELECT setval(pg_get_serial_sequence('personnel.person_name', 'id'), " + (nextName - 1) + ")");
        }
        long loaded = System.nanoTime();
        for (String ddl : restore) {
            exec(c, ddl);
        }
        analyze(c);
        log.info(
                "Personnel initial load: {} rows streamed and checked in {} ms, names and employment in {} ms,"
                        + " indexes in {} ms",
                rows,
                (streamed - t0) / 1_000_000,
                (loaded - streamed) / 1_000_000,
                (System.nanoTime() - loaded) / 1_000_000);
        return new Outcome(true, rows, created, 0, 0, List.of());
    }

    private static final String KEPT_DURING_LOAD =
            "'employment_term_idx', 'employment_probation_idx', 'employment_closed_end_idx'";

    private static final String EMPLOYMENT_COLUMNS = """
            person_id, valid_from, org_code, position_code, staff_category, rank_code, salary_step, coefficient,
            step_since, step_interval_months, at_top_step, leadership_title, position_allowance, term_end,
            next_step_due, import_id, decision_no, decision_date, issuer""";

    private static void employmentRow(CopyText out, long personId, ImportedRow r, long batch) {
        out.field(personId)
                .field(r.validFrom())
                .field(r.orgCode())
                .field(r.positionCode())
                .field(r.staffCategory())
                .field(r.rankCode())
                .field(r.salaryStep())
                .field(r.coefficient())
                .field(r.stepSince())
                .field(r.stepIntervalMonths())
                .field(r.atTopStep())
                .field(r.leadershipTitle())
                .field(r.positionAllowance())
                .field(r.termEnd())
                .field(r.nextStepDue())
                .field(batch)
                .field(r.decisionNo())
                .field(r.decisionDate())
                .field(r.issuer())
                .endRow();
    }

    // ------------------------------------------------------------------------------------------
    // Staged load
    // ------------------------------------------------------------------------------------------

    private Outcome stagedLoad(
            Connection c, ImportRows file, ImportRowChecker checker, ImportProblems problems, long batch)
            throws SQLException {
        exec(
                c,
                "CREATE TEMP TABLE personnel_stage (row_no integer NOT NULL, " + STAGE_COLUMNS_DDL
                        + ") ON COMMIT DROP");
        CopyIn copy =
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY personnel_stage FROM STDIN WITH (FORMAT csv)");
        int rows = 0;
        CopyText out = new CopyText(FLUSH_BYTES + 4096);
        try {
            while (file.hasNext()) {
                rows++;
                ImportedRow r = checker.check(file.next(), problems);
                if (r == null || problems.any()) {
                    continue;
                }
                out.field(r.rowNo())
                        .field(r.nationalId())
                        .field(r.fullName())
                        .field(r.birthDate())
                        .field(r.sex());
                employmentRow(out, 0, r, batch); // person_id 0: the stage's placeholder
                if (out.length() >= FLUSH_BYTES) {
                    write(copy, out.drain());
                }
            }
            if (problems.any()) {
                copy.cancelCopy();
                throw problems.refusal(rows, messages, LocaleContextHolder.getLocale());
            }
            write(copy, out.drain());
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
        exec(c, "ANALYZE personnel_stage");
        exec(c, CHECK_SQL);
        exec(c, "ANALYZE personnel_checked");
        existingPeopleProblems(c, problems);
        if (problems.any()) {
            throw problems.refusal(rows, messages, LocaleContextHolder.getLocale());
        }
        return applyStaged(c, rows, batch);
    }

    private static final String STAGE_COLUMNS_DDL = """
            national_id text COLLATE "C", full_name text, birth_date date, sex char(1),
            person_id bigint, valid_from date, org_code text COLLATE "C", position_code text COLLATE "C",
            staff_category text COLLATE "C", rank_code text COLLATE "C", salary_step smallint,
            coefficient numeric(5,2), step_since date, step_interval_months smallint, at_top_step boolean,
            leadership_title text, position_allowance numeric(4,2), term_end date, next_step_due date,
            import_id bigint, decision_no text, decision_date date, issuer text""";

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
                    AND ev.position_allowance = s.position_allowance) AS same_as_latest
            FROM personnel_stage s
            LEFT JOIN personnel.person p ON p.national_id = s.national_id
            LEFT JOIN organization.api_unit pu ON pu.code = p.org_code
            LEFT JOIN latest l ON l.person_id = p.id
            LEFT JOIN mine ev ON ev.person_id = p.id AND ev.valid_from = s.valid_from""";

    /** What needs the existing dossiers: identity, scope, death, overlapping history. */
    private void existingPeopleProblems(Connection c, ImportProblems problems) throws SQLException {
        String scope = CurrentUser.scope().likePattern().replace("'", "''");
        String errors = """
                SELECT row_no, col, key, a1, a2 FROM (
                  SELECT row_no, 'birth_date' AS col, 'personnel.import.identityMismatch' AS key,
                         old_birth::text AS a1, old_sex::text AS a2
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
                ) e ORDER BY row_no, col LIMIT %d""".formatted(scope, ImportProblems.MAX_LISTED + 1);
        try (Statement st = c.createStatement();
                var rs = st.executeQuery(errors)) {
            while (rs.next()) {
                problems.add(rs.getInt(1), rs.getString(2), rs.getString(3), nz(rs.getString(4)), nz(rs.getString(5)));
            }
        }
    }

    private Outcome applyStaged(Connection c, int rows, long batch) throws SQLException {
        int created = (int) count(c, "SELECT count(*) FROM personnel_checked WHERE person_id IS NULL");
        int unchanged = (int) count(c, "SELECT count(*) FROM personnel_checked WHERE same_as_latest");
        int changedEmployment = rows - created - unchanged;
        long people = count(c, "SELECT count(*) FROM personnel.person");
        boolean bulk = created >= BULK_MIN_ROWS && created > people;
        List<String> rebuild = new ArrayList<>(bulk ? dropSecondaryIndexes(c) : List.of());
        if (bulk) {
            rebuild.add(OVERLAP_CHECK);
            rebuild.add("TRUNCATE personnel.headcount_open");
            rebuild.add("""
                    INSERT INTO personnel.headcount_open (org_code, staff_category, n)
                    SELECT org_code, staff_category, count(*) FROM personnel.employment
                    WHERE superseded_at IS NULL AND valid_to IS NULL GROUP BY org_code, staff_category""");
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
            analyze(c);
        }
        return new Outcome(true, rows, created, changedEmployment, unchanged, List.of());
    }

    private static final String COPIED = """
            org_code, position_code, staff_category, rank_code, salary_step, coefficient, step_since,
            step_interval_months, at_top_step, step_delay_months, above_ceiling_pct, leadership_title,
            position_allowance, other_allowance, term_end, probation_until, seconded_to, next_step_due,
            end_reason, event_id, import_id, decision_no, decision_date, issuer""";

    // ------------------------------------------------------------------------------------------
    // Shared
    // ------------------------------------------------------------------------------------------

    /**
     * Drops the secondary indexes, the foreign key and the overlap trigger of the person and
     * employment tables; returns the statements that restore them (run later in the same transaction,
     * so a failure anywhere restores everything by rolling back).
     */
    private List<String> dropSecondaryIndexes(Connection c) throws SQLException {
        // Partial indexes over the few rows with a term, a probation or an end are kept: a load adds
        // few entries to them, where building them again would read the whole table each.
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement st = c.createStatement();
                var rs = st.executeQuery("""
                        SELECT i.indexname, i.indexdef FROM pg_indexes i
                        WHERE i.schemaname = 'personnel' AND i.tablename IN ('person', 'employment', 'person_name')
                          AND i.indexname NOT IN ('person_pkey', 'employment_pkey', 'person_name_pkey',
                                                  'person_name_full_name_key', %s)""".formatted(KEPT_DURING_LOAD))) {
            while (rs.next()) {
                drop.add("DROP INDEX personnel." + rs.getString(1));
                restore.add(rs.getString(2));
            }
        }
        drop.add("ALTER TABLE personnel.employment DROP CONSTRAINT employment_person_fk");
        drop.add("ALTER TABLE personnel.employment DISABLE TRIGGER employment_no_overlap_insert");
        drop.add("ALTER TABLE personnel.employment DISABLE TRIGGER headcount_open_insert");
        for (String ddl : drop) {
            exec(c, ddl);
        }
        exec(c, "SET LOCAL maintenance_work_mem = '512MB'");
        restore.add("ALTER TABLE personnel.employment ADD CONSTRAINT employment_person_fk "
                + "FOREIGN KEY (person_id) REFERENCES personnel.person (id)");
        restore.add("ALTER TABLE personnel.employment ENABLE TRIGGER employment_no_overlap_insert");
        restore.add("ALTER TABLE personnel.employment ENABLE TRIGGER headcount_open_insert");
        return restore;
    }

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

    private static void analyze(Connection c) throws SQLException {
        exec(c, "ANALYZE personnel.person");
        exec(c, "ANALYZE personnel.employment");
        exec(c, "ANALYZE personnel.person_name");
    }

    private static void write(CopyIn copy, byte[] bytes) throws SQLException {
        if (bytes.length > 0) {
            copy.writeToCopy(bytes, 0, bytes.length);
        }
    }

    private static void copyFile(CopyManager copy, String sql, Path file) throws SQLException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            copy.copyIn(sql, in, 1 << 16);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        long t = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (ms > 50) {
            log.info(
                    "Personnel import step took {} ms: {}",
                    ms,
                    sql.strip().lines().findFirst().orElse(""));
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String literal(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
