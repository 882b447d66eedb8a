package vn.noivu.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.noivu.personnel.CareerYearCount;
import vn.noivu.personnel.Personnel;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;

/**
 * Cadres, civil servants and public employees, the year's events: the annual ratings (the share of each
 * rating among those rated, "hoàn thành xuất sắc nhiệm vụ" first), disciplinary measures, retirements
 * and exits under the streamlining regimes, each against the year before, from the personnel module
 * (follows the headcount of {@link PersonnelSection} in the same slot). A scope keeps the units under
 * its path in today's tree ({@code organization.api_unit}, docs/decisions/001).
 */
@Component
class PersonnelYearSection implements ReviewSection {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String> RATINGS = List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED");
    private static final List<String> REGIMES = List.of(
            "ND178_EARLY_RETIREMENT",
            "ND178_RESIGNATION",
            "ND177_NON_REAPPOINTMENT",
            "ND154_EARLY_RETIREMENT",
            "ND154_RESIGNATION");

    private final Personnel personnel;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    PersonnelYearSection(Personnel personnel, JdbcClient jdbc, MessageSource messages) {
        this.personnel = personnel;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String key() {
        return SectionSlot.PERSONNEL;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        Set<String> units = s.national() ? null : unitsOf(s);
        Map<String, Long> now = totals(personnel.careerYear(s.year()), units);
        Map<String, Long> before = totals(personnel.careerYear(s.year() - 1), units);
        List<ReviewFigure> out = new ArrayList<>();
        String against = "năm " + (s.year() - 1);
        String link = "/personnel?" + s.scopeParam();

        long rated = RATINGS.stream()
                .mapToLong(r -> now.getOrDefault("rating." + r, 0L))
                .sum();
        long ratedBefore = RATINGS.stream()
                .mapToLong(r -> before.getOrDefault("rating." + r, 0L))
                .sum();
        if (rated > 0) {
            List<String> parts = new ArrayList<>();
            for (String r : RATINGS) {
                long n = now.getOrDefault("rating." + r, 0L);
                BigDecimal share = share(n, rated);
                BigDecimal shareBefore = share(before.getOrDefault("rating." + r, 0L), ratedBefore);
                String label = messages.getMessage("personnel.rating." + r, null, r, VI);
                parts.add(label.toLowerCase(VI) + " " + Vn.percent(share) + " (" + Vn.number(n) + " người)");
                out.add(ReviewFigure.of(
                                "personnel.rating." + r,
                                "Tỷ lệ " + label.toLowerCase(VI),
                                share,
                                "%",
                                null,
                                null,
                                null,
                                "Tỷ lệ " + label.toLowerCase(VI) + " năm " + s.year() + ": " + Vn.percent(share) + " ("
                                        + Vn.number(n) + "/" + Vn.number(rated) + " người)"
                                        + (shareBefore == null ? "" : "; " + against + ": " + Vn.percent(shareBefore))
                                        + ".",
                                link,
                                s.asOf())
                        .withPrevious(shareBefore));
            }
            out.add(
                    0,
                    count(
                            s,
                            "personnel.rated",
                            "Số người được đánh giá, xếp loại",
                            rated,
                            ratedBefore,
                            "Đánh giá, xếp loại chất lượng năm " + s.year() + ": " + Vn.number(rated)
                                    + " người, trong đó " + String.join(", ", parts) + ".",
                            link));
        }
        long discipline = now.getOrDefault("discipline", 0L);
        long disciplineBefore = before.getOrDefault("discipline", 0L);
        if (discipline > 0 || disciplineBefore > 0) {
            out.add(count(
                    s,
                    "personnel.discipline",
                    "Số người bị xử lý kỷ luật",
                    discipline,
                    disciplineBefore,
                    "Xử lý kỷ luật năm " + s.year() + ": " + Vn.number(discipline) + " người; "
                            + Vn.change(disciplineBefore, discipline, "người", against) + ".",
                    link));
        }
        long retired = now.getOrDefault("retirement", 0L);
        long retiredBefore = before.getOrDefault("retirement", 0L);
        if (retired > 0 || retiredBefore > 0) {
            out.add(count(
                    s,
                    "personnel.retirement",
                    "Số người nghỉ hưu",
                    retired,
                    retiredBefore,
                    "Nghỉ hưu năm " + s.year() + ": " + Vn.number(retired) + " người; "
                            + Vn.change(retiredBefore, retired, "người", against) + ".",
                    link));
        }
        long exits = REGIMES.stream()
                .mapToLong(r -> now.getOrDefault("streamlining." + r, 0L))
                .sum();
        long exitsBefore = REGIMES.stream()
                .mapToLong(r -> before.getOrDefault("streamlining." + r, 0L))
                .sum();
        if (exits > 0 || exitsBefore > 0) {
            List<String> parts = new ArrayList<>();
            for (String r : REGIMES) {
                long n = now.getOrDefault("streamlining." + r, 0L);
                if (n > 0) {
                    parts.add(messages.getMessage("personnel.exit.regime." + r, null, r, VI) + ": " + Vn.number(n));
                }
            }
            String streamlining = "/personnel/streamlining?" + s.scopeParam() + "from=" + s.year() + "-01-01&to="
                    + s.year() + "-12-31";
            out.add(count(
                    s,
                    "personnel.streamlining.TOTAL",
                    "Số người nghỉ theo chính sách tinh giản",
                    exits,
                    exitsBefore,
                    "Thực hiện chính sách tinh giản biên chế năm " + s.year() + ": " + Vn.number(exits) + " người"
                            + (parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")") + "; "
                            + Vn.change(exitsBefore, exits, "người", against) + ".",
                    streamlining));
        }
        return out;
    }

    private static ReviewFigure count(
            ReviewScope s, String key, String label, long value, long previous, String sentence, String link) {
        return ReviewFigure.of(key, label, value, "người", null, null, null, sentence, link, s.asOf())
                .withPrevious(previous);
    }

    private static BigDecimal share(long n, long of) {
        return of == 0 ? null : BigDecimal.valueOf(n * 100).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }

    /** Per measure, the counts of the scope's units. */
    private static Map<String, Long> totals(List<CareerYearCount> counts, Set<String> units) {
        Map<String, Long> out = new HashMap<>();
        for (CareerYearCount c : counts) {
            if (units == null || units.contains(c.orgCode())) {
                out.merge(c.measure(), c.count(), Long::sum);
            }
        }
        return out;
    }

    private Set<String> unitsOf(ReviewScope s) {
        String like = s.path().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new HashSet<>(jdbc.sql("SELECT code FROM organization.api_unit WHERE path LIKE :p")
                .param("p", like)
                .query(String.class)
                .list());
    }
}
