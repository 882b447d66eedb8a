package vn.noivu.review.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.noivu.adminunit.AdminUnitView;
import vn.noivu.adminunit.AdminUnits;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;

/**
 * Administrative units per level at the end of the year against each baseline year. A province's
 * baseline counts the provinces it was formed from (through lineage), so a merged province compares
 * like with like; an agency's review has no administrative units.
 */
@Component
class AdminUnitSection implements ReviewSection {

    private static final List<String> LEVELS = List.of("province", "district", "commune");
    private static final Map<String, String> NAMES = Map.of(
            "province",
            "Đơn vị hành chính cấp tỉnh",
            "district",
            "Đơn vị hành chính cấp huyện",
            "commune",
            "Đơn vị hành chính cấp xã");

    private final AdminUnits units;

    AdminUnitSection(AdminUnits units) {
        this.units = units;
    }

    @Override
    public String key() {
        return SectionSlot.ADMIN_UNITS;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        if (!s.national() && s.provinceCode() == null) {
            return List.of();
        }
        List<ReviewFigure> out = new ArrayList<>();
        Map<String, Long> now = counts(s.asOf(), provinces(s, s.asOf()));
        for (int b : s.baselineYears()) {
            if (b >= s.year()) {
                continue;
            }
            LocalDate from = ReviewScope.endOf(b);
            Map<String, Long> then = counts(from, provinces(s, from));
            for (String level : LEVELS) {
                long before = then.getOrDefault(level, 0L);
                long after = now.getOrDefault(level, 0L);
                if (before == 0 && after == 0) {
                    continue;
                }
                String label = NAMES.get(level);
                out.add(ReviewFigure.of(
                        "adminunits." + level + "." + b,
                        label,
                        after,
                        "đơn vị",
                        before,
                        b,
                        Vn.reduction(before, after),
                        label + ": " + Vn.number(after) + " đơn vị (" + Vn.date(s.asOf()) + "), "
                                + Vn.change(before, after, "đơn vị", "năm " + b) + ".",
                        "/admin-units/changes?from=" + from + "&to=" + s.asOf(),
                        s.asOf()));
            }
        }
        return out;
    }

    /** The province codes in force on {@code day} that make up the scope today; null = all. */
    private Set<String> provinces(ReviewScope s, LocalDate day) {
        if (s.national()) {
            return null;
        }
        Set<String> codes = new HashSet<>();
        codes.add(s.provinceCode());
        if (day.isBefore(s.asOf())) {
            for (AdminUnitView p : units.predecessors(s.provinceCode(), s.asOf())) {
                if ("province".equals(p.level())) {
                    codes.add(p.code());
                }
            }
        }
        return codes;
    }

    /** Units in force on {@code day} per level, inside the given provinces (null = all). */
    private Map<String, Long> counts(LocalDate day, Set<String> provinces) {
        List<AdminUnitView> all = units.list(day, null, null);
        Map<String, AdminUnitView> byCode = new HashMap<>();
        all.forEach(u -> byCode.put(u.code(), u));
        Map<String, Long> out = new HashMap<>();
        for (AdminUnitView u : all) {
            if (provinces == null || provinces.contains(provinceOf(u, byCode))) {
                out.merge(u.level(), 1L, Long::sum);
            }
        }
        return out;
    }

    private static String provinceOf(AdminUnitView u, Map<String, AdminUnitView> byCode) {
        AdminUnitView x = u;
        for (int i = 0; i < 3 && x != null; i++) {
            if ("province".equals(x.level())) {
                return x.code();
            }
            x = byCode.get(x.parentCode());
        }
        return null;
    }
}
