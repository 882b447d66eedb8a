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
 * ranked} provinces, {@code national} the country's figure and {@code region} its region's.
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
        List<ProvinceValue> byProvince,
        Region region) {

    /**
     * A province's figure against its socio-economic region: the region's value (computed as the
     * country's is, over the region's provinces) and the province's rank among them.
     */
    public record Region(String code, String name, BigDecimal value, Integer rank, Integer ranked) {}

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
                List.of(),
                null);
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
                byProvince,
                region);
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
                List.copyOf(provinces),
                region);
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
                byProvince,
                region);
    }

    /** The figure with its comparison against the province's region. */
    public ReviewFigure withRegion(Region newRegion) {
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
                byProvince,
                newRegion);
    }

    public ReviewFigure withSentence(String newSentence) {
        return withRank(rank, ranked, national, newSentence);
    }

    private static BigDecimal decimal(Number n) {
        return n == null ? null : n instanceof BigDecimal b ? b : new BigDecimal(n.toString());
    }
}
