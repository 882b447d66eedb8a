package vn.noivu.adminunit.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * Loads the held history into a {@link Timeline} and writes back what an import changed, in bulk
 * ({@code COPY}) inside the caller's transaction.
 */
@Repository
class TimelineStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TimelineStore.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    TimelineStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Serialises imports across instances for the rest of the transaction. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('adminunit.import'))")
                .query(Object.class)
                .single();
    }

    Timeline load() {
        Timeline timeline = new Timeline();
        Map<Long, Timeline.Unit> units = new HashMap<>();
        jdbc.sql("""
                        SELECT v.id, v.unit_id, v.code, v.name, v.full_name, v.level, v.type, v.parent_code,
                               v.valid_from, v.valid_to
                        FROM adminunit.unit_version v ORDER BY v.code, v.valid_from""").query(rs -> {
            Level level = Level.of(rs.getString("level")).orElseThrow();
            long unitId = rs.getLong("unit_id");
            Timeline.Unit unit = units.computeIfAbsent(unitId, id -> new Timeline.Unit(id, level));
            UnitState state = new UnitState(
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("full_name"),
                    level,
                    rs.getString("type"),
                    rs.getString("parent_code"));
            timeline.load(
                    rs.getLong("id"),
                    unit,
                    state,
                    rs.getObject("valid_from", LocalDate.class),
                    rs.getObject("valid_to", LocalDate.class));
        });
        jdbc.sql("SELECT predecessor_id, successor_id FROM adminunit.lineage").query(rs -> {
            timeline.loadEdge(rs.getLong(1), rs.getLong(2));
        });
        return timeline;
    }

    /** Writes new units, moved and new versions, changes and lineage edges; returns the change count. */
    int store(Timeline timeline) {
        jdbc.sql("SET CONSTRAINTS adminunit.unit_version_code_unique_on_date, adminunit.unit_version_one_per_date"
                        + " DEFERRED")
                .update();
        List<Timeline.Unit> newUnits = timeline.newUnits();
        List<Long> unitIds = nextIds("adminunit.unit", newUnits.size());
        CsvRows units = new CsvRows();
        for (int i = 0; i < newUnits.size(); i++) {
            newUnits.get(i).id = unitIds.get(i);
            units.row(unitIds.get(i), newUnits.get(i).level.key());
        }
        long t0 = System.nanoTime();
        copy("COPY adminunit.unit (id, level) FROM STDIN (FORMAT csv)", units);
        long t1 = System.nanoTime();

        CsvRows moved = new CsvRows();
        CsvRows added = new CsvRows();
        List<Timeline.Version> newVersions = new ArrayList<>();
        for (Timeline.Version v : timeline.versions()) {
            if (v.isNew()) {
                newVersions.add(v);
            } else if (v.isMoved()) {
                moved.row(v.id, v.from, v.to);
            }
        }
        List<Long> versionIds = nextIds("adminunit.unit_version", newVersions.size());
        for (int i = 0; i < newVersions.size(); i++) {
            Timeline.Version v = newVersions.get(i);
            UnitState s = v.state;
            added.row(
                    versionIds.get(i),
                    v.unit.id,
                    s.code(),
                    s.name(),
                    s.fullName(),
                    s.level().key(),
                    s.type(),
                    s.parentCode(),
                    v.from,
                    v.to);
        }
        if (!moved.isEmpty()) {
            jdbc.sql("CREATE TEMP TABLE adminunit_moved (id bigint, valid_from date, valid_to date) ON COMMIT DROP")
                    .update();
            copy("COPY adminunit_moved FROM STDIN (FORMAT csv)", moved);
            jdbc.sql("""
                            UPDATE adminunit.unit_version v SET valid_from = m.valid_from, valid_to = m.valid_to
                            FROM adminunit_moved m WHERE v.id = m.id""").update();
            jdbc.sql("DROP TABLE adminunit_moved").update();
        }
        copy("""
                COPY adminunit.unit_version (id, unit_id, code, name, full_name, level, type, parent_code, valid_from,
                                             valid_to) FROM STDIN (FORMAT csv)""", added);
        long t2 = System.nanoTime();
        if (!newVersions.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO adminunit.search_name (name)
                            SELECT DISTINCT v.name FROM adminunit.unit_version v
                            WHERE NOT EXISTS (SELECT 1 FROM adminunit.search_name s WHERE s.name = v.name)""").update();
        }
        for (int i = 0; i < newVersions.size(); i++) {
            newVersions.get(i).stored(versionIds.get(i));
        }
        for (Timeline.Version v : timeline.versions()) {
            if (v.isMoved()) {
                v.stored(v.id);
            }
        }

        long t3 = System.nanoTime();
        List<Timeline.Change> changes = timeline.changes();
        List<Long> changeIds = nextIds("adminunit.change", changes.size());
        Map<Timeline.Change, Long> changeId = new HashMap<>();
        CsvRows changeRows = new CsvRows();
        for (int i = 0; i < changes.size(); i++) {
            Timeline.Change c = changes.get(i);
            changeId.put(c, changeIds.get(i));
            UnitState b = c.before();
            UnitState a = c.after();
            Level level = a != null ? a.level() : b.level();
            changeRows.row(
                    changeIds.get(i),
                    c.date(),
                    "{" + String.join(",", c.kinds()) + "}",
                    c.unit().id,
                    level.key(),
                    b == null ? null : b.code(),
                    a == null ? null : a.code(),
                    b == null ? null : b.fullName(),
                    a == null ? null : a.fullName(),
                    b == null ? null : b.type(),
                    a == null ? null : a.type(),
                    b == null ? null : b.parentCode(),
                    a == null ? null : a.parentCode(),
                    blankToNull(c.legalBasis()),
                    blankToNull(c.legalBasisStep()),
                    timeline.importOf(c),
                    c.row() > 0 ? c.row() : null);
        }
        copy("""
                COPY adminunit.change (id, effective_date, kinds, unit_id, level, code_before, code_after, name_before,
                                       name_after, type_before, type_after, parent_before, parent_after, legal_basis,
                                       legal_basis_step, import_id, source_row) FROM STDIN (FORMAT csv)""", changeRows);
        long t4 = System.nanoTime();
        CsvRows edges = new CsvRows();
        for (Timeline.Edge e : timeline.edges()) {
            edges.row(e.predecessor().id, e.successor().id, changeId.get(e.change()), e.relation(), e.date());
        }
        copy("""
                COPY adminunit.lineage (predecessor_id, successor_id, change_id, relation, effective_date)
                FROM STDIN (FORMAT csv)""", edges);
        jdbc.sql("SET CONSTRAINTS adminunit.unit_version_code_unique_on_date, adminunit.unit_version_one_per_date"
                        + " IMMEDIATE")
                .update();
        long t5 = System.nanoTime();
        log.debug(
                "store: units {} versions {} names {} changes {} edges+check {}",
                (t1 - t0) / 1000000,
                (t2 - t1) / 1000000,
                (t3 - t2) / 1000000,
                (t4 - t3) / 1000000,
                (t5 - t4) / 1000000);
        int count = changes.size();
        timeline.stored();
        return count;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private List<Long> nextIds(String table, int n) {
        if (n == 0) {
            return List.of();
        }
        return jdbc.sql("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
                .param("table", table)
                .param("n", n)
                .query(Long.class)
                .list();
    }

    private void copy(String sql, CsvRows rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copy.copyIn(sql, new StringReader(rows.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** CSV for COPY: null = unquoted empty field, every other value quoted. */
    static final class CsvRows {
        private final StringBuilder out = new StringBuilder();
        private int count;

        void row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                Object v = values[i];
                if (v != null) {
                    out.append('"').append(v.toString().replace("\"", "\"\"")).append('"');
                }
            }
            out.append('\n');
            count++;
        }

        boolean isEmpty() {
            return count == 0;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}
