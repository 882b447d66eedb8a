package vn.noivu.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;

/**
 * Cadres, civil servants and public employees: people employed at the end of the year per staff
 * category, against the end of the baseline year and of the year before, counted over the published
 * views {@code personnel.api_employment} and {@code organization.api_unit} (docs/decisions/001) in one
 * pass. Ratings, discipline and retirements join when the personnel module publishes them.
 */
@Component
class PersonnelSection implements ReviewSection {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String> ORDER =
            List.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "COMMUNE_OFFICIAL", "COMMUNE_PART_TIME", "CONTRACT");

    private final JdbcClient jdbc;
    private final MessageSource messages;

    PersonnelSection(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String key() {
        return SectionSlot.PERSONNEL;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        int b = s.baselineYear();
        LocalDate d0 = ReviewScope.endOf(b);
        LocalDate dp = ReviewScope.endOf(s.year() - 1);
        LocalDate d1 = s.asOf();
        String from = s.national()
                ? "personnel.api_employment e"
                : "personnel.api_employment e JOIN organization.api_unit u ON u.code = e.org_code AND u.path LIKE :scope";
        var spec = jdbc.sql("""
                SELECT e.staff_category,
                  count(*) FILTER (WHERE e.valid_from <= :d0 AND (e.valid_to IS NULL OR e.valid_to > :d0)),
                  count(*) FILTER (WHERE e.valid_from <= :dp AND (e.valid_to IS NULL OR e.valid_to > :dp)),
                  count(*) FILTER (WHERE e.valid_from <= :d1 AND (e.valid_to IS NULL OR e.valid_to > :d1))
                FROM %s
                WHERE e.valid_from <= :d1 AND (e.valid_to IS NULL OR e.valid_to > :d0)
                GROUP BY e.staff_category""".formatted(from)).param("d0", d0).param("dp", dp).param("d1", d1);
        if (!s.national()) {
            spec = spec.param(
                    "scope", s.path().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Map<String, long[]> rows = new LinkedHashMap<>();
        spec.query((rs, n) -> rows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)}))
                .list();
        List<ReviewFigure> out = new ArrayList<>();
        long[] total = new long[3];
        for (String cat : ORDER) {
            long[] r = rows.get(cat);
            if (r == null || (r[0] == 0 && r[2] == 0)) {
                continue;
            }
            for (int i = 0; i < 3; i++) {
                total[i] += r[i];
            }
            out.add(figure(s, cat, messages.getMessage("personnel.category." + cat, null, cat, VI), r));
        }
        if (!out.isEmpty()) {
            out.add(figure(s, "TOTAL", "Tổng số cán bộ, công chức, viên chức", total));
        }
        return out;
    }

    private static ReviewFigure figure(ReviewScope s, String cat, String label, long[] r) {
        int b = s.baselineYear();
        String sentence = label + ": " + Vn.number(r[2]) + " người (" + Vn.date(s.asOf()) + "), "
                + Vn.change(r[0], r[2], "người", "năm " + b) + "; "
                + Vn.change(r[1], r[2], "người", "năm " + (s.year() - 1)) + ".";
        return ReviewFigure.of(
                        "personnel." + cat + "." + b,
                        label,
                        r[2],
                        "người",
                        r[0],
                        b,
                        Vn.reduction(r[0], r[2]),
                        sentence,
                        "/personnel" + (s.code() == null ? "" : "?scope=" + s.code()),
                        s.asOf())
                .withPrevious(r[1]);
    }
}
