package vn.noivu.organization.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.platform.users.UserAccounts;

/**
 * Maintains the materialised path and level of every unit in today's tree (as DHIS2 does) and the
 * current_* columns of {@code organization.unit}. A unit's place is given by its version in force
 * today, or its last one if it has ended; an ended top-level unit hangs under the unit it was merged
 * into, so that a merged province's history stays in the new province's scope. Recomputed after every
 * write and each night (versions dated in the future come into force).
 */
@Component
public class CurrentTree {

    private static final Logger log = LoggerFactory.getLogger(CurrentTree.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final UserAccounts accounts;

    CurrentTree(JdbcClient jdbc, DataSource dataSource, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.accounts = accounts;
    }

    private record Node(
            String code,
            String parent,
            String name,
            String shortName,
            String type,
            String province,
            String path,
            int level,
            String storedName,
            String storedShortName,
            String storedType,
            String storedProvince) {}

    /** Recomputes paths and current attributes of every unit; returns how many units changed. */
    @Transactional
    public int refresh() {
        return refreshUnits(null);
    }

    /**
     * Recomputes the units whose versions were rewritten and everything below them in today's tree
     * (by their stored paths); returns how many units changed.
     */
    @Transactional
    public int refresh(java.util.Collection<String> rewritten) {
        if (rewritten.isEmpty()) {
            return 0;
        }
        java.util.Set<String> affected = new java.util.LinkedHashSet<>(rewritten);
        affected.addAll(jdbc.sql("""
                        SELECT u.code FROM (SELECT path FROM organization.unit WHERE code = ANY(:codes)) c
                        JOIN organization.unit u
                          ON u.path COLLATE "C" >= c.path COLLATE "C"
                         AND u.path COLLATE "C" < (left(c.path, -1) || '0') COLLATE "C\"""")
                .param("codes", rewritten.toArray(String[]::new))
                .query(String.class)
                .list());
        return refreshUnits(new ArrayList<>(affected));
    }

    private int refreshUnits(List<String> only) {
        LocalDate today = OrgClock.today();
        String filter = only == null ? "" : "WHERE v.unit_code = ANY(:only)";
        Map<String, Node> nodes = new HashMap<>();
        var nodeQuery = jdbc.sql("""
                        SELECT DISTINCT ON (v.unit_code) v.unit_code, v.parent_code, v.name, v.short_name, v.type,
                               v.province_code, u.path, u.level, u.current_name, u.current_short_name,
                               u.current_type, u.current_province_code
                        FROM organization.unit_version v JOIN organization.unit u ON u.code = v.unit_code
                        %s
                        ORDER BY v.unit_code, (v.valid_from <= :today) DESC,
                                 CASE WHEN v.valid_from <= :today THEN v.valid_from END DESC NULLS LAST, v.valid_from""".formatted(filter)).param("today", Date.valueOf(today));
        if (only != null) {
            nodeQuery = nodeQuery.param("only", only.toArray(String[]::new));
        }
        nodeQuery
                .query((rs, n) -> new Node(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getString(10),
                        rs.getString(11),
                        rs.getString(12)))
                .list()
                .forEach(node -> nodes.put(node.code(), node));
        Map<String, String> successor = new HashMap<>();
        var successorQuery = jdbc.sql("""
                        SELECT u.code, s.unit_code FROM organization.unit u
                        JOIN organization.restructuring_unit s
                          ON s.restructuring_id = u.ended_by_restructuring AND s.role = 'SUCCESSOR'
                         AND s.unit_code <> u.code
                        WHERE u.valid_to IS NOT NULL %s
                        ORDER BY s.position DESC""".formatted(only == null ? "" : "AND u.code = ANY(:only)"));
        if (only != null) {
            successorQuery = successorQuery.param("only", only.toArray(String[]::new));
        }
        successorQuery
                .query((rs, n) -> successor.put(rs.getString(1), rs.getString(2)))
                .list();
        Map<String, String> paths = new HashMap<>();
        if (only != null) {
            // Units outside the recomputed set keep their stored paths.
            java.util.Set<String> anchors = new java.util.HashSet<>();
            for (Node n : nodes.values()) {
                String anchor = n.parent() != null ? n.parent() : successor.get(n.code());
                if (anchor != null && !nodes.containsKey(anchor)) {
                    anchors.add(anchor);
                }
            }
            if (!anchors.isEmpty()) {
                jdbc.sql("SELECT code, path FROM organization.unit WHERE code = ANY(:codes)")
                        .param("codes", anchors.toArray(String[]::new))
                        .query((rs, n) -> paths.put(rs.getString(1), rs.getString(2)))
                        .list();
            }
        }
        for (String code : nodes.keySet()) {
            pathOf(code, nodes, successor, paths, new HashSet<>());
        }
        List<Object[]> changes = new ArrayList<>();
        for (Node n : nodes.values()) {
            String path = paths.get(n.code());
            int level = (int) path.chars().filter(c -> c == '/').count() - 1;
            if (!path.equals(n.path())
                    || level != n.level()
                    || !Objects.equals(n.name(), n.storedName())
                    || !Objects.equals(n.shortName(), n.storedShortName())
                    || !Objects.equals(n.type(), n.storedType())
                    || !Objects.equals(n.province(), n.storedProvince())) {
                changes.add(new Object[] {n.code(), path, level, n.name(), n.shortName(), n.type(), n.province()});
            }
        }
        if (changes.isEmpty()) {
            return 0;
        }
        jdbc.sql("""
                        CREATE TEMP TABLE IF NOT EXISTS org_tree_refresh (
                            code text, path text, level int, name text, short_name text, type text, province text
                        ) ON COMMIT DROP""").update();
        jdbc.sql("TRUNCATE org_tree_refresh").update();
        Copy.into(dataSource, "org_tree_refresh", "code, path, level, name, short_name, type, province", changes);
        jdbc.sql("""
                        UPDATE organization.unit u SET path = r.path, level = r.level, current_name = r.name,
                            current_short_name = r.short_name, current_type = r.type,
                            current_province_code = r.province
                        FROM org_tree_refresh r WHERE u.code = r.code""").update();
        accounts.refreshScopePaths();
        return changes.size();
    }

    /** Each night: versions dated today come into force, so today's tree may differ from yesterday's. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
    public void nightly() {
        int changed = refresh();
        if (changed > 0) {
            log.info("Organisation tree: {} unit(s) took a new place today", changed);
        }
    }

    private static String pathOf(
            String code,
            Map<String, Node> nodes,
            Map<String, String> successor,
            Map<String, String> paths,
            Set<String> visiting) {
        String known = paths.get(code);
        if (known != null) {
            return known;
        }
        Node node = nodes.get(code);
        String anchor = node == null ? null : node.parent();
        if (anchor == null) {
            anchor = successor.get(code);
        }
        String path;
        if (anchor != null && !nodes.containsKey(anchor) && paths.containsKey(anchor)) {
            path = paths.get(anchor) + code + "/";
        } else if (anchor == null || !nodes.containsKey(anchor) || !visiting.add(code)) {
            path = "/" + code + "/";
        } else {
            path = pathOf(anchor, nodes, successor, paths, visiting) + code + "/";
            visiting.remove(code);
        }
        paths.put(code, path);
        return path;
    }
}
