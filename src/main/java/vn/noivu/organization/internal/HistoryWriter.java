package vn.noivu.organization.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the changed histories of a validated {@link Timeline}: the unit rows (life span, the
 * restructurings that created and ended them) and all their versions, rewritten whole with the
 * per-version facts the change statistics scan. Then refreshes the current tree (paths).
 */
@Component
public class HistoryWriter {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HistoryWriter.class);

    private static final String VERSION_COLUMNS = "unit_code, name, short_name, type, tier, parent_code,"
            + " admin_unit_code, province_code, autonomy_group, valid_from, valid_to, legal_basis, decision_date,"
            + " issuer, restructuring_id, is_first, is_last, class_in, class_out, ended_kind, unit_id";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final CurrentTree tree;
    private final vn.noivu.platform.users.UserAccounts accounts;

    HistoryWriter(
            JdbcClient jdbc, DataSource dataSource, CurrentTree tree, vn.noivu.platform.users.UserAccounts accounts) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.tree = tree;
        this.accounts = accounts;
    }

    /**
     * @param ids real restructuring ids for the provisional ones used in the timeline (negative)
     * @param kinds the kind of every restructuring by its real id
     * @return the number of units written
     */
    public int write(Timeline t, Map<Long, Long> ids, Map<Long, RestructuringKind> kinds) {
        long started = System.nanoTime();
        List<String> codes = new ArrayList<>(t.changed());
        if (codes.isEmpty()) {
            return 0;
        }
        Map<String, String[]> stored = new HashMap<>();
        jdbc.sql("SELECT code, ended_by_restructuring, ended_kind, created_by_restructuring"
                        + " FROM organization.unit WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) ->
                        stored.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)}))
                .list();
        List<Object[]> newUnits = new ArrayList<>();
        List<Object[]> versions = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (String code : codes) {
            List<Version> h = t.history(code);
            if (h.isEmpty()) {
                continue;
            }
            Version first = h.get(0);
            Version last = h.get(h.size() - 1);
            String[] before = stored.get(code);
            Long createdBy = map(t.createdBy().get(code), ids);
            if (createdBy == null && before != null && before[2] != null) {
                createdBy = Long.valueOf(before[2]);
            }
            Long endedBy = null;
            String endedKind = null;
            if (last.validTo() != null) {
                endedBy = map(t.endedBy().get(code), ids);
                if (endedBy != null) {
                    endedKind = kinds.get(endedBy) == null
                            ? null
                            : kinds.get(endedBy).name();
                } else if (before != null && before[0] != null) {
                    endedBy = Long.valueOf(before[0]);
                    endedKind = before[1];
                }
            }
            if (before == null) {
                Version current = current(h);
                newUnits.add(new Object[] {
                    code,
                    first.validFrom(),
                    last.validTo(),
                    current.parentCode(),
                    0,
                    current.name(),
                    current.shortName(),
                    current.type().name(),
                    current.provinceCode(),
                    createdBy,
                    endedBy,
                    endedKind
                });
            } else {
                existing.add(code);
                jdbc.sql("""
                                UPDATE organization.unit SET valid_from = :from, valid_to = :to,
                                    created_by_restructuring = :created, ended_by_restructuring = :ended,
                                    ended_kind = :kind
                                WHERE code = :code""")
                        .param("from", first.validFrom())
                        .param("to", last.validTo())
                        .param("created", createdBy)
                        .param("ended", endedBy)
                        .param("kind", endedKind)
                        .param("code", code)
                        .update();
            }
            for (int i = 0; i < h.size(); i++) {
                Version v = h.get(i);
                boolean classIn = i > 0 && !sameClass(h.get(i - 1), v);
                boolean classOut = i + 1 < h.size() && !sameClass(v, h.get(i + 1));
                versions.add(new Object[] {
                    v.unitCode(),
                    v.name(),
                    v.shortName(),
                    v.type().name(),
                    v.tier().name(),
                    v.parentCode(),
                    v.adminUnitCode(),
                    v.provinceCode(),
                    v.autonomyGroup(),
                    v.validFrom(),
                    v.validTo(),
                    v.legalBasis() == null ? null : v.legalBasis().number(),
                    v.legalBasis() == null ? null : v.legalBasis().date(),
                    v.legalBasis() == null ? null : v.legalBasis().issuer(),
                    map(v.restructuringId(), ids),
                    i == 0,
                    i == h.size() - 1,
                    classIn,
                    classOut,
                    i == h.size() - 1 ? endedKind : null,
                    null
                });
            }
        }
        placeNewUnits(newUnits);
        Copy.into(
                dataSource,
                "organization.unit",
                "code, valid_from, valid_to, path, level, current_name, current_short_name, current_type,"
                        + " current_province_code, created_by_restructuring, ended_by_restructuring, ended_kind",
                newUnits);
        if (!existing.isEmpty()) {
            jdbc.sql("DELETE FROM organization.unit_version WHERE unit_code = ANY(:codes)")
                    .param("codes", existing.toArray(String[]::new))
                    .update();
        }
        long copied = System.nanoTime();
        Map<String, Long> unitIds = new HashMap<>();
        jdbc.sql("SELECT code, id FROM organization.unit WHERE code = ANY(:codes)")
                .param("codes", codes.toArray(String[]::new))
                .query((rs, n) -> unitIds.put(rs.getString(1), rs.getLong(2)))
                .list();
        for (Object[] v : versions) {
            v[v.length - 1] = unitIds.get((String) v[0]);
        }
        Copy.into(dataSource, "organization.unit_version", VERSION_COLUMNS, versions);
        long versionsCopied = System.nanoTime();
        if (existing.isEmpty()) {
            accounts.refreshScopePaths();
        } else {
            tree.refresh(existing);
        }
        log.debug(
                "Wrote {} units, {} versions: units {} ms, versions {} ms, tree {} ms",
                codes.size(),
                versions.size(),
                (copied - started) / 1_000_000,
                (versionsCopied - copied) / 1_000_000,
                (System.nanoTime() - versionsCopied) / 1_000_000);
        return codes.size();
    }

    /** The version that places a unit in today's tree: in force today, else the last begun, else the first. */
    static Version current(List<Version> h) {
        java.time.LocalDate today = OrgClock.today();
        Version chosen = h.get(0);
        for (Version v : h) {
            if (!v.validFrom().isAfter(today)) {
                chosen = v;
            }
        }
        return chosen;
    }

    /**
     * Gives new units their path and level (row[3] holds the parent code until then), so that the tree
     * refresh after a large import has nothing left to update for them.
     */
    private void placeNewUnits(List<Object[]> rows) {
        Map<String, Object[]> byCode = new HashMap<>();
        java.util.Set<String> outside = new java.util.HashSet<>();
        for (Object[] row : rows) {
            byCode.put((String) row[0], row);
        }
        for (Object[] row : rows) {
            String parent = (String) row[3];
            if (parent != null && !byCode.containsKey(parent)) {
                outside.add(parent);
            }
        }
        Map<String, String> known = new HashMap<>();
        if (!outside.isEmpty()) {
            jdbc.sql("SELECT code, path FROM organization.unit WHERE code = ANY(:codes)")
                    .param("codes", outside.toArray(String[]::new))
                    .query((rs, n) -> known.put(rs.getString(1), rs.getString(2)))
                    .list();
        }
        Map<String, String> paths = new HashMap<>();
        for (Object[] row : rows) {
            String path = pathOf((String) row[0], byCode, known, paths, 0);
            row[3] = path;
            row[4] = (int) path.chars().filter(c -> c == '/').count() - 1;
        }
    }

    private static String pathOf(
            String code, Map<String, Object[]> rows, Map<String, String> known, Map<String, String> paths, int depth) {
        String done = paths.get(code);
        if (done != null) {
            return done;
        }
        Object[] row = rows.get(code);
        String parent = (String) row[3];
        String parentPath = null;
        if (parent != null && depth < 64) {
            parentPath = rows.containsKey(parent) ? pathOf(parent, rows, known, paths, depth + 1) : known.get(parent);
        }
        String path = (parentPath == null ? "/" : parentPath) + code + "/";
        paths.put(code, path);
        return path;
    }

    private static boolean sameClass(Version a, Version b) {
        return a.type() == b.type() && Objects.equals(a.tier(), b.tier());
    }

    private static Long map(Long id, Map<Long, Long> ids) {
        if (id == null) {
            return null;
        }
        return id < 0 ? ids.get(id) : id;
    }
}
