package vn.noivu.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The review of a scope and year: its sections in the sector's order ({@code available} false and no
 * figures for a section no module supplies yet: "chưa có"), when it was computed, and, once a version
 * is approved, that version's frozen figures with {@code approval} saying whether the live figures
 * now differ. {@code recast}: the national rankings compare today's provinces, not those of the year.
 */
public record Review(
        String scope,
        String scopeName,
        String provinceCode,
        int year,
        int baselineYear,
        List<Integer> baselineYears,
        LocalDate asOf,
        OffsetDateTime computedAt,
        List<Section> sections,
        List<String> missingSections,
        Approval approval,
        boolean recast) {

    /** A section: its figures and the narrative the drafter wrote for it (latest draft). */
    public record Section(String key, String title, boolean available, List<ReviewFigure> figures, String narrative) {}

    /**
     * The approved version: who approved it and when, and the figures whose live value now differs from
     * the frozen one.
     */
    public record Approval(
            long draftId,
            int version,
            String approvedBy,
            OffsetDateTime approvedAt,
            boolean liveDiffers,
            List<Difference> differences) {}

    public record Difference(String key, String label, java.math.BigDecimal approved, java.math.BigDecimal live) {}

    public Review with(List<Section> newSections, Approval newApproval) {
        return new Review(
                scope,
                scopeName,
                provinceCode,
                year,
                baselineYear,
                baselineYears,
                asOf,
                computedAt,
                newSections,
                missingSections,
                newApproval,
                recast);
    }

    /** Every figure of every section, in order. */
    public List<ReviewFigure> figures() {
        return sections.stream().flatMap(s -> s.figures().stream()).toList();
    }
}
