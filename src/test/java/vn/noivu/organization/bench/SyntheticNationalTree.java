package vn.noivu.organization.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.AdminUnits;

/**
 * A synthetic national organisation tree over the real administrative units, with ten years of
 * history, as rows of the units import (one row per version):
 *
 * <ul>
 *   <li>30 ministries with 20 units and 10 public service units each; 8 merged into others on
 *       01/03/2025 (their units move);
 *   <li>the 63 provinces of 2015, each with a People's Committee and 20 departments of 8 internal
 *       units and 8 public service units; 5 departments merged into others on 01/03/2025; provinces
 *       merged on 01/07/2025 as the administrative units were (their units move to the new province);
 *   <li>every district (696) with its People's Committee, 12 offices and 10 public service units,
 *       until 01/07/2025 (the service units then move to the province);
 *   <li>every commune (10,035) with its People's Committee and 4 public service units; 5% merged into a
 *       neighbour in 2020; all ended 01/07/2025, their service units moving to the new communes;
 *   <li>the 3,321 communes of 2025 with their People's Committee and 3 offices;
 *   <li>yearly renames and autonomy-group changes for a share of units.
 * </ul>
 */
final class SyntheticNationalTree {

    static final LocalDate START = LocalDate.of(2015, 1, 1);
    static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);
    static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    static final LocalDate COMMUNES_2020 = LocalDate.of(2020, 1, 1);

    static final String[] HEADER = {
        "code",
        "name",
        "short_name",
        "type",
        "parent_code",
        "admin_unit_code",
        "autonomy_group",
        "valid_from",
        "valid_to",
        "legal_basis"
    };

    /** A unit and its changes over time. */
    static final class Unit {
        final String code;
        final String type;
        final String admin;
        final LocalDate from;
        String name;
        String parent;
        Integer group;
        LocalDate to;
        final TreeMap<LocalDate, Object[]> changes = new TreeMap<>();

        Unit(String code, String name, String type, String parent, String admin, Integer group, LocalDate from) {
            this.code = code;
            this.name = name;
            this.type = type;
            this.parent = parent;
            this.admin = admin;
            this.group = group;
            this.from = from;
        }

        /** From {@code d}: a new parent, group or name (null = unchanged). */
        Unit change(LocalDate d, String newParent, Integer newGroup, String newName) {
            Object[] c = changes.computeIfAbsent(d, k -> new Object[3]);
            if (newParent != null) {
                c[0] = newParent;
            }
            if (newGroup != null) {
                c[1] = newGroup;
            }
            if (newName != null) {
                c[2] = newName;
            }
            return this;
        }

        void emit(List<String[]> out) {
            LocalDate start = from;
            String p = parent;
            Integer g = group;
            String n = name;
            for (var e : changes.entrySet()) {
                LocalDate d = e.getKey();
                if (!d.isAfter(from) || (to != null && !d.isBefore(to))) {
                    continue;
                }
                out.add(row(start, d, p, g, n));
                Object[] c = e.getValue();
                p = c[0] != null ? (String) c[0] : p;
                g = c[1] != null ? (Integer) c[1] : g;
                n = c[2] != null ? (String) c[2] : n;
                start = d;
            }
            out.add(row(start, to, p, g, n));
        }

        private String[] row(LocalDate f, LocalDate t, String p, Integer g, String n) {
            return new String[] {
                code,
                n,
                "",
                type,
                p == null ? "" : p,
                admin == null || f.isAfter(from) ? (admin == null ? "" : admin) : admin,
                g == null ? "" : g.toString(),
                f.toString(),
                t == null ? "" : t.toString(),
                "BENCH/" + f.getYear()
            };
        }
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();

    private Unit add(
            String code, String name, String type, String parent, String admin, Integer group, LocalDate from) {
        Unit u = new Unit(code, name, type, parent, admin, group, from);
        units.put(code, u);
        return u;
    }

    private static int hash(String s) {
        return s.hashCode() & 0x7fffffff;
    }

    /** Yearly noise: a share of units is renamed or changes autonomy group once between 2016 and 2024. */
    private static void noise(Unit u) {
        int h = hash(u.code);
        LocalDate year = LocalDate.of(2016 + h % 9, 1, 1);
        if (u.group != null && h % 10 < 3) {
            u.change(year, null, 1 + (u.group % 4), null);
        } else if (u.group == null && h % 10 < 2) {
            u.change(year, null, null, u.name + " (đổi tên)");
        }
    }

    List<String[]> generate(AdminUnits adminUnits, JdbcClient jdbc) {
        List<AdminUnitView> provinces = adminUnits.list(LocalDate.of(2024, 6, 30), "province", null);
        List<AdminUnitView> districts = adminUnits.list(LocalDate.of(2024, 6, 30), "district", null);
        List<AdminUnitView> communes = adminUnits.list(LocalDate.of(2024, 6, 30), "commune", null);
        List<AdminUnitView> newCommunes = adminUnits.list(JULY_2025, "commune", null);
        Map<String, String> successor = new HashMap<>();
        jdbc.sql("SELECT predecessor_code, successor_code FROM adminunit.api_lineage"
                        + " WHERE effective_date = DATE '2025-07-01' ORDER BY predecessor_code, successor_code")
                .query((rs, n) -> successor.putIfAbsent(rs.getString(1), rs.getString(2)))
                .list();
        Map<String, String> newProvinceOfCommune = new HashMap<>();
        Map<String, String> firstCommuneOfProvince = new HashMap<>();
        for (AdminUnitView c : newCommunes) {
            newProvinceOfCommune.put(c.code(), c.parentCode());
            firstCommuneOfProvince.putIfAbsent(c.parentCode(), c.code());
        }

        // Ministries
        for (int m = 1; m <= 30; m++) {
            String code = "M%02d".formatted(m);
            Unit ministry = add(code, "Bộ " + m, "MINISTRY", null, null, null, START);
            String absorber = m > 22 ? "M%02d".formatted(m - 22) : null;
            if (absorber != null) {
                ministry.to = MARCH_2025;
            }
            for (int u = 1; u <= 20; u++) {
                Unit unit = add(code + ".U" + u, "Vụ " + u + " Bộ " + m, "MINISTRY_UNIT", code, null, null, START);
                noise(unit);
                if (absorber != null) {
                    unit.change(MARCH_2025, absorber, null, null);
                }
            }
            for (int s = 1; s <= 10; s++) {
                Unit psu = add(
                        code + ".S" + s,
                        "Đơn vị sự nghiệp " + s + " Bộ " + m,
                        "PUBLIC_SERVICE_UNIT",
                        code,
                        null,
                        1 + (s % 4),
                        START);
                noise(psu);
                if (absorber != null) {
                    psu.change(MARCH_2025, absorber, null, null);
                }
            }
        }

        // Provinces and their departments
        Map<String, String> newProvince = new HashMap<>();
        for (AdminUnitView p : provinces) {
            String np = successor.getOrDefault(p.code(), p.code());
            newProvince.put(p.code(), np);
        }
        for (AdminUnitView p : provinces) {
            String pp = p.code();
            String np = newProvince.get(pp);
            boolean merged = !np.equals(pp);
            Unit ppc = add("P." + pp, "UBND " + p.name(), "PROVINCIAL_PEOPLES_COMMITTEE", null, pp, null, START);
            if (merged) {
                ppc.to = JULY_2025;
            }
            for (int d = 1; d <= 20; d++) {
                String dept = "P." + pp + ".D" + d;
                Unit department =
                        add(dept, "Sở " + d + " " + p.name(), "PROVINCIAL_DEPARTMENT", "P." + pp, null, null, START);
                int keptAs = d > 15 ? d - 15 : d;
                if (d > 15) {
                    department.to = MARCH_2025;
                } else if (merged) {
                    department.to = JULY_2025;
                }
                for (int k = 1; k <= 16; k++) {
                    boolean service = k > 8;
                    Unit child = add(
                            dept + (service ? ".S" + (k - 8) : ".U" + k),
                            (service ? "Trung tâm " : "Phòng ") + k + " Sở " + d + " " + p.name(),
                            service ? "PUBLIC_SERVICE_UNIT" : "DEPARTMENT_UNIT",
                            dept,
                            null,
                            service ? 1 + hash(dept + k) % 4 : null,
                            START);
                    noise(child);
                    if (d > 15) {
                        child.change(MARCH_2025, "P." + pp + ".D" + keptAs, null, null);
                    }
                    if (merged) {
                        child.change(JULY_2025, "P." + np + ".D" + keptAs, null, null);
                    }
                }
            }
        }

        // Districts
        Map<String, String> provinceOfDistrict = new HashMap<>();
        for (AdminUnitView d : districts) {
            String pp = d.parentCode();
            provinceOfDistrict.put(d.code(), pp);
            String dpc = "P." + pp + ".H" + d.code();
            add(dpc, "UBND " + d.fullName(), "DISTRICT_PEOPLES_COMMITTEE", "P." + pp, d.code(), null, START).to =
                    JULY_2025;
            for (int o = 1; o <= 12; o++) {
                Unit office = add(
                        dpc + ".O" + o, "Phòng " + o + " " + d.fullName(), "DISTRICT_OFFICE", dpc, null, null, START);
                office.to = JULY_2025;
                noise(office);
            }
            for (int s = 1; s <= 10; s++) {
                Unit psu = add(
                        dpc + ".S" + s,
                        "Trường " + s + " " + d.fullName(),
                        "PUBLIC_SERVICE_UNIT",
                        dpc,
                        null,
                        1 + s % 4,
                        START);
                noise(psu);
                psu.change(JULY_2025, "P." + newProvince.get(pp) + ".D1", null, null);
            }
        }

        // Communes before 2025, 5% merged into a neighbour in 2020
        Map<String, List<AdminUnitView>> communesOfDistrict = new LinkedHashMap<>();
        for (AdminUnitView c : communes) {
            communesOfDistrict
                    .computeIfAbsent(c.parentCode(), k -> new ArrayList<>())
                    .add(c);
        }
        for (var e : communesOfDistrict.entrySet()) {
            String pp = provinceOfDistrict.get(e.getKey());
            String dpc = "P." + pp + ".H" + e.getKey();
            List<AdminUnitView> list = e.getValue();
            for (int i = 0; i < list.size(); i++) {
                AdminUnitView c = list.get(i);
                String cpc = dpc + ".X" + c.code();
                Unit commune =
                        add(cpc, "UBND " + c.fullName(), "COMMUNE_PEOPLES_COMMITTEE", dpc, c.code(), null, START);
                boolean mergedIn2020 = i > 0 && hash(c.code()) % 20 == 0;
                AdminUnitView heir = mergedIn2020 ? list.get(0) : c;
                commune.to = mergedIn2020 ? COMMUNES_2020 : JULY_2025;
                String nc = successor.get(heir.code());
                if (nc == null || !newProvinceOfCommune.containsKey(nc)) {
                    nc = firstCommuneOfProvince.get(newProvince.get(pp));
                }
                String newCommune = "P." + newProvinceOfCommune.get(nc) + ".N" + nc;
                for (int s = 1; s <= 4; s++) {
                    Unit psu = add(
                            cpc + ".S" + s,
                            "Trường " + s + " " + c.fullName(),
                            "PUBLIC_SERVICE_UNIT",
                            cpc,
                            null,
                            3 + s % 2,
                            START);
                    noise(psu);
                    if (mergedIn2020) {
                        psu.change(COMMUNES_2020, dpc + ".X" + heir.code(), null, null);
                    }
                    psu.change(JULY_2025, newCommune, null, null);
                }
            }
        }

        // Communes of 2025
        for (AdminUnitView c : newCommunes) {
            String cpc = "P." + c.parentCode() + ".N" + c.code();
            add(
                    cpc,
                    "UBND " + c.fullName(),
                    "COMMUNE_PEOPLES_COMMITTEE",
                    "P." + c.parentCode(),
                    c.code(),
                    null,
                    JULY_2025);
            for (int o = 1; o <= 3; o++) {
                add(cpc + ".O" + o, "Phòng " + o + " " + c.fullName(), "COMMUNE_OFFICE", cpc, null, null, JULY_2025);
            }
        }

        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        units.values().forEach(u -> u.emit(rows));
        return rows;
    }

    int unitCount() {
        return units.size();
    }
}
