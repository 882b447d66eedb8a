package vn.noivu.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.noivu.personnel.Personnel;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;

/**
 * Cadres, civil servants and public employees: people employed at the end of the year per staff
 * category, against the end of the baseline year and of the year before, from the personnel module's
 * headcount; a scope keeps the units under its path in today's tree ({@code organization.api_unit},
 * docs/decisions/001). Ratings, discipline and retirements join when the personnel module publishes them.
 */
@Component
class PersonnelSection implements ReviewSection {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final List<String> ORDER =
            List.of("CADRE", "CIVIL_SERVANT", "PUBLIC_EMPLOYEE", "COMMUNE_OFFICIAL", "COMMUNE_PART_TIME", "CONTRACT");

    private final Personnel personnel;
    private final MessageSource messages;

    PersonnelSection(Personnel personnel, MessageSource messages) {
        this.personnel = personnel;
        this.messages = messages;
    }

    @Override
    public String key() {
        return SectionSlot.PERSONNEL;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        List<LocalDate> days = List.of(ReviewScope.endOf(s.baselineYear()), ReviewScope.endOf(s.year() - 1), s.asOf());
        // Summed per category in the database, the three days in one pass (not a row per unit per day).
        Map<LocalDate, Map<String, Long>> counts = personnel.headcountByCategory(days, s.national() ? null : s.path());
        Map<String, long[]> rows = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            int day = i;
            counts.get(days.get(i))
                    .forEach((category, n) -> rows.computeIfAbsent(category, c -> new long[3])[day] += n);
        }
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
                        "/personnel/headcount?" + s.scopeParam() + "asOf=" + s.asOf(),
                        s.asOf())
                .withPrevious(r[1]);
    }
}
