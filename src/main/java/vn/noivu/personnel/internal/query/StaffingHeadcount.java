package vn.noivu.personnel.internal.query;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.noivu.personnel.internal.career.StaffCategory;
import vn.noivu.staffing.HeadcountSource;

/**
 * Feeds the staffing module's actual headcount (số có mặt) from personnel records: people employed
 * on the date, per unit, with staff categories mapped to staffing categories ({@link StaffCategory}):
 * public employees count as self-financed when their unit's autonomy group on that date is 1 or 2.
 */
@Component
class StaffingHeadcount implements HeadcountSource {

    private final JdbcClient jdbc;

    StaffingHeadcount(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Headcount> headcount(LocalDate asOf) {
        record Row(String orgCode, String staffCategory, Integer autonomyGroup, long count) {}
        List<Row> rows = jdbc.sql("""
                        WITH h AS (SELECT * FROM personnel.headcount_at(:d))
                        SELECT h.org_code, h.staff_category, v.autonomy_group, h.n AS count
                        FROM h LEFT JOIN organization.api_unit_version v ON v.code = h.org_code
                             AND v.valid_from <= :d AND (v.valid_to IS NULL OR v.valid_to > :d)""").param("d", asOf).query(Row.class).list();
        var sums = new java.util.TreeMap<String, Long>();
        for (Row r : rows) {
            String category = StaffCategory.valueOf(r.staffCategory()).staffingCategory(r.autonomyGroup(), asOf);
            sums.merge(r.orgCode() + "\u0000" + category, r.count(), Long::sum);
        }
        return sums.entrySet().stream()
                .map(e -> {
                    String[] key = e.getKey().split("\u0000");
                    return new Headcount(key[0], key[1], Math.toIntExact(e.getValue()));
                })
                .toList();
    }
}
