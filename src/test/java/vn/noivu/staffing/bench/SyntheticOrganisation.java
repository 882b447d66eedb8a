package vn.noivu.staffing.bench;

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
 * A synthetic national organisation over the real administrative units, as the two files of the
 * organisation import: the units of 2015 and the restructurings to 2025 (so that lineage exists).
 *
 * <ul>
 *   <li>30 ministries with 20 units and 10 public service units each; ministries 23–30 merge into 1–8 on
 *       01/03/2025;
 *   <li>the 63 provinces, each with a People's Committee and 20 departments of 8 internal units and 8
 *       public service units; departments 16–20 merge into 1–5 on 01/03/2025; on 01/07/2025 the
 *       provinces merge as the administrative units did;
 *   <li>every district (~700) with its People's Committee and 12 offices, dissolved on 01/07/2025, and 10
 *       schools under the province's first department;
 *   <li>every commune (~10,000) with its People's Committee and 5 public service units, merged on
 *       01/07/2025 into the communes of the two-level government (their units move with them).
 * </ul>
 */
public final class SyntheticOrganisation {

    static final LocalDate MARCH_2025 = LocalDate.of(2025, 3, 1);
    static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);
    static final String UNITS_HEADER =
            "code,name,short_name,type,parent_code,admin_unit_code,autonomy_group,valid_from,valid_to,legal_basis";
    static final String RESTRUCTURING_HEADER = "effective_date,kind,predecessor_codes,successor_codes,legal_basis,"
            + "decision_date,issuer,name,short_name,type,parent_code,admin_unit_code,autonomy_group,note";

    public final StringBuilder units = new StringBuilder(UNITS_HEADER).append('\n');
    public final StringBuilder restructurings = new StringBuilder(RESTRUCTURING_HEADER).append('\n');
    int unitCount;
    int restructuringCount;
    final List<String> provinceCodes = new ArrayList<>();
    final Map<String, String> newProvince = new HashMap<>();

    public void generate(AdminUnits adminUnits, JdbcClient jdbc) {
        LocalDate before = LocalDate.of(2024, 6, 30);
        List<AdminUnitView> provinces = adminUnits.list(before, "province", null);
        List<AdminUnitView> districts = adminUnits.list(before, "district", null);
        List<AdminUnitView> communes = adminUnits.list(before, "commune", null);
        Map<String, AdminUnitView> newCommunes = new HashMap<>();
        adminUnits.list(JULY_2025, "commune", null).forEach(c -> newCommunes.put(c.code(), c));
        Map<String, String> successor = new HashMap<>();
        jdbc.sql("SELECT predecessor_code, successor_code FROM adminunit.api_lineage"
                        + " WHERE effective_date = DATE '2025-07-01' ORDER BY predecessor_code, successor_code")
                .query((rs, n) -> successor.putIfAbsent(rs.getString(1), rs.getString(2)))
                .list();

        for (int m = 1; m <= 30; m++) {
            String code = "M%02d".formatted(m);
            unit(code, "Bộ " + m, "MINISTRY", "", "", "");
            for (int u = 1; u <= 20; u++) {
                unit(code + ".U" + u, "Vụ " + u + " Bộ " + m, "MINISTRY_UNIT", code, "", "");
            }
            for (int s = 1; s <= 10; s++) {
                unit(code + ".S" + s, "Đơn vị sự nghiệp " + s + " Bộ " + m, "PUBLIC_SERVICE_UNIT", code, "", group(s));
            }
        }
        for (int m = 23; m <= 30; m++) {
            merge(MARCH_2025, "M%02d;M%02d".formatted(m - 22, m), "M%02d".formatted(m - 22), "", "");
        }
        for (AdminUnitView p : provinces) {
            String pp = p.code();
            provinceCodes.add(pp);
            newProvince.put(pp, successor.getOrDefault(pp, pp));
            unit("P." + pp, "UBND " + p.name(), "PROVINCIAL_PEOPLES_COMMITTEE", "", pp, "");
            for (int d = 1; d <= 20; d++) {
                String dept = "P." + pp + ".D" + d;
                unit(dept, "Sở " + d + " " + p.name(), "PROVINCIAL_DEPARTMENT", "P." + pp, "", "");
                for (int k = 1; k <= 8; k++) {
                    unit(dept + ".U" + k, "Phòng " + k + " Sở " + d, "DEPARTMENT_UNIT", dept, "", "");
                    unit(dept + ".S" + k, "Trung tâm " + k + " Sở " + d, "PUBLIC_SERVICE_UNIT", dept, "", group(k));
                }
            }
            for (int d = 16; d <= 20; d++) {
                merge(
                        MARCH_2025,
                        "P.%s.D%d;P.%s.D%d".formatted(pp, d - 15, pp, d),
                        "P.%s.D%d".formatted(pp, d - 15),
                        "",
                        "");
            }
        }
        Map<String, String> provinceOfDistrict = new HashMap<>();
        List<String> districtCodes = new ArrayList<>();
        for (AdminUnitView d : districts) {
            String pp = d.parentCode();
            provinceOfDistrict.put(d.code(), pp);
            String dpc = "P." + pp + ".H" + d.code();
            districtCodes.add(dpc);
            unit(dpc, "UBND " + d.fullName(), "DISTRICT_PEOPLES_COMMITTEE", "P." + pp, "", "");
            for (int o = 1; o <= 12; o++) {
                unit(dpc + ".O" + o, "Phòng " + o + " " + d.fullName(), "DISTRICT_OFFICE", dpc, "", "");
            }
            for (int s = 1; s <= 10; s++) {
                unit(
                        dpc + ".S" + s,
                        "Trường " + s + " " + d.fullName(),
                        "PUBLIC_SERVICE_UNIT",
                        "P." + pp + ".D1",
                        "",
                        group(s));
            }
        }
        Map<String, List<String>> mergedInto = new TreeMap<>();
        Map<String, String> firstNewCommuneOfProvince = new HashMap<>();
        newCommunes.values().stream()
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .forEach(c -> firstNewCommuneOfProvince.putIfAbsent(c.parentCode(), c.code()));
        for (AdminUnitView c : communes) {
            String pp = provinceOfDistrict.get(c.parentCode());
            if (pp == null) {
                continue;
            }
            String cpc = "P." + pp + ".H" + c.parentCode() + ".X" + c.code();
            unit(cpc, "UBND " + c.fullName(), "COMMUNE_PEOPLES_COMMITTEE", "P." + pp + ".H" + c.parentCode(), "", "");
            for (int s = 1; s <= 5; s++) {
                unit(
                        cpc + ".S" + s,
                        "Trường " + s + " " + c.fullName(),
                        "PUBLIC_SERVICE_UNIT",
                        cpc,
                        "",
                        group(3 + s % 2));
            }
            String nc = successor.get(c.code());
            if (nc == null || !newCommunes.containsKey(nc)) {
                nc = firstNewCommuneOfProvince.get(newProvince.get(pp));
            }
            mergedInto.computeIfAbsent(nc, k -> new ArrayList<>()).add(cpc);
        }
        for (Map.Entry<String, List<String>> e : mergedInto.entrySet()) {
            AdminUnitView nc = newCommunes.get(e.getKey());
            String np = nc.parentCode();
            String code = "P." + np + ".N" + nc.code();
            merge(JULY_2025, String.join(";", e.getValue()), code, "UBND " + nc.fullName(), "P." + np);
            unitCount++; // created by the merger
        }
        for (String dpc : districtCodes) {
            StringBuilder codes = new StringBuilder();
            for (int o = 1; o <= 12; o++) {
                codes.append(dpc).append(".O").append(o).append(';');
            }
            codes.append(dpc);
            restructurings.append(JULY_2025).append(",DISSOLVE,").append(codes).append(",,BENCH/2025,,,,,,,,,\n");
            restructuringCount++;
        }
        Map<String, List<String>> provinceGroups = new LinkedHashMap<>();
        for (String pp : provinceCodes) {
            String np = newProvince.get(pp);
            if (!np.equals(pp)) {
                provinceGroups
                        .computeIfAbsent(np, k -> new ArrayList<>(List.of("P." + np)))
                        .add("P." + pp);
            }
        }
        provinceGroups.forEach((np, preds) -> merge(JULY_2025, String.join(";", preds), "P." + np, "", ""));
    }

    private static String group(int i) {
        return String.valueOf(1 + i % 4);
    }

    private void unit(String code, String name, String type, String parent, String admin, String group) {
        units.append(code)
                .append(',')
                .append(quote(name))
                .append(",,")
                .append(type)
                .append(',')
                .append(parent)
                .append(',')
                .append(admin)
                .append(',')
                .append(group)
                .append(",2015-01-01,,BENCH/2015\n");
        unitCount++;
    }

    private void merge(LocalDate date, String preds, String succ, String name, String parent) {
        restructurings
                .append(date)
                .append(",MERGE,")
                .append(preds)
                .append(',')
                .append(succ)
                .append(",BENCH/")
                .append(date.getYear())
                .append(",,,")
                .append(quote(name))
                .append(",,")
                .append(name.isEmpty() ? "" : "COMMUNE_PEOPLES_COMMITTEE")
                .append(',')
                .append(parent)
                .append(",,,\n");
        restructuringCount++;
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
