package vn.noivu.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One figure of the review. {@code key} is stable across years and scopes ({@code
 * staffing.CIVIL_SERVANT.2015}); {@code value} is the figure itself in {@code unit}; {@code baseline}
 * the comparable figure of {@code baselineYear} and {@code changePercent} the reduction against it
 * (positive when reduced, as reduction reports state it); {@code previous} the same figure a year
 * earlier; {@code sentence} says it as the reports do; {@code link} leads to its drill-down. For the
 * country, {@code byProvince} ranks the provinces (best first); for a province, {@code rank} of {@code
 * ranked} provinces and {@code national} the country's figure.
 */
public record ReviewFigure(
        String key,
        String label,
        BigDecimal value,
        String unit,
        BigDecimal baseline,
        Integer baselineYear,
        BigDecimal changePercent,
        BigDecimal previous,
        String sentence,
        String link,
        LocalDate asOf,
        Integer rank,
        Integer ranked,
        BigDecimal national,
        List<ProvinceValue> byProvince) {

    /** A province's value of the figure, in the ranking of the country. */
    public record ProvinceValue(int rank, String code, String name, BigDecimal value) {}

    public static ReviewFigure of(
            String key,
            String label,
            Number value,
            String unit,
            Number baseline,
            Integer baselineYear,
            BigDecimal changePercent,
            String sentence,
            String link,
            LocalDate asOf) {
        return new ReviewFigure(
                key,
                label,
                decimal(value),
                unit,
                decimal(baseline),
                baselineYear,
                changePercent,
                null,
                sentence,
                link,
                asOf,
                null,
                null,
                null,
                List.of());
    }

    public ReviewFigure withPrevious(Number previousValue) {
        return new ReviewFigure(
                key,
                label,
                value,
                unit,
                baseline,
                baselineYear,
                changePercent,
                decimal(previousValue),
                sentence,
                link,
                asOf,
                rank,
                ranked,
                national,
                byProvince);
    }

    public ReviewFigure withRanking(List<ProvinceValue> provinces) {
        return new ReviewFigure(
                key,
                label,
                value,
                unit,
                baseline,
                baselineYear,
                changePercent,
                previous,
                sentence,
                link,
                asOf,
                rank,
                ranked,
                national,
                List.copyOf(provinces));
    }

    public ReviewFigure withRank(Integer rankOf, Integer count, BigDecimal nationalValue, String newSentence) {
        return new ReviewFigure(
                key,
                label,
                value,
                unit,
                baseline,
                baselineYear,
                changePercent,
                previous,
                newSentence,
                link,
                asOf,
                rankOf,
                count,
                nationalValue,
                byProvince);
    }

    public ReviewFigure withSentence(String newSentence) {
        return withRank(rank, ranked, national, newSentence);
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }
}
