package vn.noivu.adminunit.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Administrative units as a person reads them in lineage and parent columns: "Xã Tân Lập (00004)", the
 * name the unit had on the day (a merged commune is named as it was before the merger), with the GSO
 * code officials quote. Templates call it as {@code ${@adminUnitLabels.joined(codes, date)}}.
 */
@Component("adminUnitLabels")
public class AdminUnitLabels {

    private final JdbcClient jdbc;

    AdminUnitLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The units' labels as of {@code date}, joined with ", "; a code no version knows stays as it is. */
    public String joined(Collection<String> codes, LocalDate date) {
        if (codes == null || codes.isEmpty()) {
            return "";
        }
        Map<String, String> names = names(codes, date);
        return codes.stream()
                .map(code -> names.containsKey(code) ? names.get(code) + " (" + code + ")" : code)
                .collect(Collectors.joining(", "));
    }

    /** One unit's label as of {@code date}. */
    public String label(String code, LocalDate date) {
        return code == null ? "" : joined(List.of(code), date);
    }

    /**
     * Labels for many rows at once, one query per distinct date (a reform's hundreds of rows share a
     * day): for each (codes, date) pair in order, the joined label as {@link #joined} gives it.
     */
    public List<String> joinedAll(List<Map.Entry<List<String>, LocalDate>> wanted) {
        Map<LocalDate, java.util.Set<String>> byDate = new LinkedHashMap<>();
        wanted.forEach(w -> {
            if (w.getKey() != null) {
                byDate.computeIfAbsent(w.getValue(), d -> new java.util.HashSet<>())
                        .addAll(w.getKey());
            }
        });
        Map<LocalDate, Map<String, String>> names = new LinkedHashMap<>();
        byDate.forEach((d, codes) -> names.put(d, names(codes, d)));
        return wanted.stream()
                .map(w -> w.getKey() == null
                        ? ""
                        : w.getKey().stream()
                                .map(code -> {
                                    String name = names.get(w.getValue()).get(code);
                                    return name != null ? name + " (" + code + ")" : code;
                                })
                                .collect(Collectors.joining(", ")))
                .toList();
    }

    private Map<String, String> names(Collection<String> codes, LocalDate date) {
        Map<String, String> names = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (code) code, full_name FROM adminunit.unit_version
                        WHERE code = ANY(:codes) AND valid_from <= :d
                        ORDER BY code, valid_from DESC""")
                .param("codes", codes.toArray(String[]::new))
                .param("d", date == null ? LocalDate.now() : date)
                .query((java.sql.ResultSet rs) -> {
                    names.put(rs.getString(1), rs.getString(2));
                });
        return names;
    }
}
