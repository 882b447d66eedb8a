package vn.noivu.personnel.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.copy.CopyIn;
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
            next_step_due, import_id, decision_no, decision_date, issuer""";

    static void employmentRow(CopyText out, long personId, ImportedRow r, long batch) {
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
        // What the disabled headcount trigger would have counted: all open versions, once.
        restore.add("TRUNCATE personnel.headcount_open");
        restore.add("""
                INSERT INTO personnel.headcount_open (org_code, staff_category, n)
                SELECT org_code, staff_category, count(*) FROM personnel.employment
                WHERE superseded_at IS NULL AND valid_to IS NULL GROUP BY org_code, staff_category""");
        return restore;
    }

    static void analyze(Connection c) throws SQLException {
        exec(c, "ANALYZE personnel.person");
        exec(c, "ANALYZE personnel.employment");
        exec(c, "ANALYZE personnel.person_name");
    }

    static void write(CopyIn copy, byte[] bytes) throws SQLException {
        if (bytes.length > 0) {
            copy.writeToCopy(bytes, 0, bytes.length);
        }
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
