package vn.noivu.personnel.internal.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The SQL both ways of a personnel import share: employment rows for COPY, index drops, small helpers. */
final class ImportSql {

    private static final Logger log = LoggerFactory.getLogger(ImportSql.class);

    static final int FLUSH_BYTES = 1 << 20;

    private ImportSql() {}

    static final String KEPT_DURING_LOAD =
            "'employment_term_idx', 'employment_probation_idx', 'employment_closed_end_idx'";

    static final String EMPLOYMENT_COLUMNS = """
            person_id, valid_from, org_code, position_code, staff_category, rank_code, salary_step, coefficient,
            step_since, step_interval_months, at_top_step, leadership_title, position_allowance, term_end,
            next_step_due, import_id, decision_no, decision_date, issuer, above_ceiling_pct, leadership_post,
            appointed_on""";

    /** Fields of {@link #employmentFields}. */
    static final int EMPLOYMENT_FIELDS = 21;

    /** The employment columns after {@code person_id}, in {@link #EMPLOYMENT_COLUMNS} order (21 fields). */
    static void employmentFields(BinaryCopy out, ImportedRow r, long batch) {
        out.date(r.validFrom())
                .text(r.orgCode())
                .text(r.positionCode())
                .text(r.staffCategory())
                .text(r.rankCode())
                .int2(r.salaryStep())
                .numeric(r.coefficient())
                .date(r.stepSince())
                .int2(r.stepIntervalMonths())
                .bool(r.atTopStep())
                .text(r.leadershipTitle())
                .numeric(r.positionAllowance())
                .date(r.termEnd())
                .date(r.nextStepDue())
                .int8(batch)
                .text(r.decisionNo())
                .date(r.decisionDate())
                .text(r.issuer())
                .int2(r.aboveCeilingPct())
                .text(r.leadershipPost())
                .date(r.appointedOn());
    }

    /**
     * Drops the secondary indexes, the foreign key and the overlap trigger of the person and
     * employment tables; returns the statements that restore them (run later in the same transaction,
     * so a failure anywhere restores everything by rolling back).
     */
    static List<String> dropSecondaryIndexes(Connection c) throws SQLException {
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

    /** What the headcount trigger, disabled while indexes are dropped, would have counted: all open versions. */
    static final List<String> RECOUNT_OPEN = List.of("TRUNCATE personnel.headcount_open", """
            INSERT INTO personnel.headcount_open (org_code, staff_category, n)
            SELECT org_code, staff_category, count(*) FROM personnel.employment
            WHERE superseded_at IS NULL AND valid_to IS NULL GROUP BY org_code, staff_category""");

    /**
     * Drops the primary and unique keys of {@code table} and the foreign keys that refer to it;
     * returns the statements that restore them, the keys first. Only for tables emptied in the same
     * transaction: a key is then built once, in parallel, instead of growing row by row during the load.
     */
    static List<String> dropKeys(Connection c, String table) throws SQLException {
        List<String> restore = dropConstraints(c, """
                SELECT k.conrelid::regclass::text, k.conname, pg_get_constraintdef(k.oid)
                FROM pg_constraint k
                WHERE (k.contype = 'f' AND k.confrelid = '%1$s'::regclass)
                   OR (k.contype IN ('p', 'u') AND k.conrelid = '%1$s'::regclass)
                ORDER BY k.contype""".formatted(table)); // foreign keys (f) before the keys (p, u)
        java.util.Collections.reverse(restore);
        return restore;
    }

    /**
     * Drops the constraints {@code query} lists (table, name, definition), in its order; returns the
     * statements that add them again, in the same order.
     */
    private static List<String> dropConstraints(Connection c, String query) throws SQLException {
        List<String> restore = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        try (Statement st = c.createStatement();
                var rs = st.executeQuery(query)) {
            while (rs.next()) {
                String alter = "ALTER TABLE " + rs.getString(1);
                drop.add(alter + " DROP CONSTRAINT " + rs.getString(2));
                restore.add(alter + " ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        for (String ddl : drop) {
            exec(c, ddl);
        }
        return restore;
    }

    static final List<String> ANALYZE =
            List.of("ANALYZE personnel.person", "ANALYZE personnel.employment", "ANALYZE personnel.person_name");

    static void analyze(Connection c) throws SQLException {
        for (String sql : ANALYZE) {
            exec(c, sql);
        }
    }

    /**
     * Drops the CHECK constraints of {@code table}; returns the statements that restore them. For an
     * initial load, whose rows the import has checked by the same rules: a CHECK costs the server's
     * {@code COPY} more per row than storing the row (docs/decisions/005).
     */
    static List<String> dropChecks(Connection c, String table) throws SQLException {
        return dropConstraints(
                c,
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                        + " WHERE contype = 'c' AND conrelid = '" + table + "'::regclass ORDER BY conname");
    }

    static void copyFile(CopyManager copy, String sql, Path file) throws SQLException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            copy.copyIn(sql, in, 1 << 16);
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
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

    static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String literal(String s) {
        return s == null ? "NULL" : "'" + s.replace("'", "''") + "'";
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
