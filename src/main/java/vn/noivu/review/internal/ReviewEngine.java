package vn.noivu.review.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.noivu.organization.Organizations;
import vn.noivu.platform.web.BusinessRuleException;
import vn.noivu.review.Review;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;
import vn.noivu.staffing.Staffing;
import vn.noivu.staffing.StaffingScope;

/**
 * Computes the live review of a scope and year: resolves the scope within the user's (a scope outside
 * it looks unknown), then asks every contributed {@link ReviewSection} in the sector's order; a slot no
 * bean fills is listed as missing.
 */
@Component
public class ReviewEngine {

    public static final int DEFAULT_BASELINE = 2015;
    public static final int SECOND_BASELINE = 2021;

    private final List<ReviewSection> sections;
    private final Staffing staffing;
    private final Organizations organizations;

    ReviewEngine(List<ReviewSection> sections, Staffing staffing, Organizations organizations) {
        this.sections = sections;
        this.staffing = staffing;
        this.organizations = organizations;
    }

    /** The scope, year and baselines a request names, defaults applied and checked. */
    public ReviewScope scope(String code, Integer year, Integer baselineYear) {
        return scope(code, year, baselineYear, false);
    }

    /** The same, re-cast onto today's provinces when {@code recast}. */
    public ReviewScope scope(String code, Integer year, Integer baselineYear, boolean recast) {
        StaffingScope s = staffing.scope(code == null || code.isBlank() ? null : code.trim());
        int y = year == null ? staffing.latestYear() : year;
        int b = baselineYear == null ? DEFAULT_BASELINE : baselineYear;
        if (b < 1990 || y > 2100 || b >= y) {
            throw new BusinessRuleException("baselineYear", "review.years", new Object[] {b, y});
        }
        List<Integer> baselines = new ArrayList<>(List.of(b));
        if (b != SECOND_BASELINE && y > SECOND_BASELINE) {
            baselines.add(SECOND_BASELINE);
        }
        String scopeCode = s.national() ? null : s.code();
        return new ReviewScope(
                scopeCode,
                s.path(),
                s.national() ? "Toàn quốc" : s.name(),
                provinceCode(scopeCode),
                y,
                List.copyOf(baselines),
                ReviewScope.endOf(y),
                recast);
    }

    public Review compute(ReviewScope s, Map<String, String> narrative) {
        List<Review.Section> out = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (SectionSlot slot : SectionSlot.ORDER) {
            List<ReviewSection> contributors =
                    sections.stream().filter(c -> c.key().equals(slot.key())).toList();
            List<ReviewFigure> figures = new ArrayList<>();
            contributors.forEach(c -> figures.addAll(c.figures(s)));
            if (contributors.isEmpty()) {
                missing.add(slot.key());
            }
            out.add(new Review.Section(
                    slot.key(), slot.title(), !contributors.isEmpty(), figures, narrative.get(slot.key())));
        }
        return new Review(
                s.code(),
                s.name(),
                s.provinceCode(),
                s.year(),
                s.baselineYear(),
                s.baselineYears(),
                s.asOf(),
                OffsetDateTime.now(),
                out,
                missing,
                null,
                s.recast());
    }

    private String provinceCode(String code) {
        if (code == null) {
            return null;
        }
        if (code.matches("[0-9]{2}")) {
            return code;
        }
        return organizations
                .find(code, LocalDate.now())
                .filter(u -> "PROVINCIAL_PEOPLES_COMMITTEE".equals(u.type()))
                .map(u -> u.provinceCode())
                .orElse(null);
    }
}
