package vn.noivu.review.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.RankedUnit;
import vn.noivu.reform.Reform;
import vn.noivu.review.ReviewFigure;
import vn.noivu.review.ReviewScope;
import vn.noivu.review.ReviewSection;
import vn.noivu.review.SectionSlot;

/**
 * The administrative reform index (PAR Index) of the year, as the reform module ranks it: the provinces
 * of that year under their names and codes of 31 December (63 up to 2024, 34 from 2025), so a 2021
 * review ranks the 63 provinces of 2021. For the country: the provinces' average, the ranking with the
 * best and the last named, and each region's average; for a province: its index, its rank and change of
 * rank, against the national average and its region's; for a ministry, its place among the ministries.
 * The PAR Index ranking is published, so a province may be told its rank.
 */
@Component
class ReformSection implements ReviewSection {

    private final Reform reform;

    ReformSection(Reform reform) {
        this.reform = reform;
    }

    @Override
    public String key() {
        return SectionSlot.REFORM;
    }

    @Override
    public List<ReviewFigure> figures(ReviewScope s) {
        EvaluatedSet set = s.national() || s.provinceCode() != null ? EvaluatedSet.PROVINCES : EvaluatedSet.MINISTRIES;
        List<RankedUnit> ranking = reform.ranking(s.year(), set, "");
        if (ranking.isEmpty()) {
            return List.of();
        }
        List<RankedUnit> previous = reform.ranking(s.year() - 1, set, "");
        String link = "/reform?year=" + s.year() + "&set=" + set.name();
        String what = set == EvaluatedSet.PROVINCES ? "tỉnh, thành phố" : "bộ, cơ quan ngang bộ";
        BigDecimal average = average(ranking);
        if (s.national()) {
            return national(s, ranking, previous, average, link);
        }
        String code = set == EvaluatedSet.PROVINCES ? s.provinceCode() : s.code();
        Optional<RankedUnit> own =
                ranking.stream().filter(u -> u.unitCode().equals(code)).findFirst();
        if (own.isEmpty()) {
            return List.of();
        }
        RankedUnit u = own.get();
        StringBuilder sentence = new StringBuilder("Chỉ số CCHC (PAR Index) năm ")
                .append(s.year())
                .append(" của ")
                .append(u.name())
                .append(": ")
                .append(Vn.percent(u.index()))
                .append(", xếp thứ ")
                .append(u.rank())
                .append('/')
                .append(ranking.size())
                .append(' ')
                .append(what);
        if (u.rankChange() != null) {
            sentence.append(" (")
                    .append(
                            u.rankChange() == 0
                                    ? "giữ nguyên thứ hạng"
                                    : (u.rankChange() > 0 ? "tăng " : "giảm ") + Math.abs(u.rankChange()) + " bậc")
                    .append(" so với năm ")
                    .append(s.year() - 1)
                    .append(')');
        }
        sentence.append("; trung bình cả nước ").append(Vn.percent(average));
        ReviewFigure.Region region = null;
        if (u.regionCode() != null) {
            BigDecimal regionAverage = average(ranking.stream()
                    .filter(r -> u.regionCode().equals(r.regionCode()))
                    .toList());
            region = new ReviewFigure.Region(u.regionCode(), u.region(), regionAverage, u.regionRank(), u.regionSize());
            sentence.append(", vùng ")
                    .append(u.region())
                    .append(' ')
                    .append(Vn.percent(regionAverage))
                    .append(" (thứ ")
                    .append(u.regionRank())
                    .append('/')
                    .append(u.regionSize())
                    .append(" trong vùng)");
        }
        sentence.append('.');
        BigDecimal before = u.indexChange() == null ? null : u.index().subtract(u.indexChange());
        return List.of(new ReviewFigure(
                "reform.PAR_INDEX",
                "Chỉ số CCHC (PAR Index)",
                u.index(),
                "%",
                null,
                null,
                null,
                before,
                sentence.toString(),
                link,
                s.asOf(),
                u.rank(),
                ranking.size(),
                average,
                List.of(),
                region));
    }

    private List<ReviewFigure> national(
            ReviewScope s, List<RankedUnit> ranking, List<RankedUnit> previous, BigDecimal average, String link) {
        List<ReviewFigure> out = new ArrayList<>();
        List<ReviewFigure.ProvinceValue> values = ranking.stream()
                .map(u -> new ReviewFigure.ProvinceValue(u.rank(), u.unitCode(), u.name(), u.index()))
                .toList();
        RankedUnit best = ranking.get(0);
        RankedUnit last = ranking.get(ranking.size() - 1);
        BigDecimal before = previous.isEmpty() ? null : average(previous);
        String sentence = "Chỉ số CCHC (PAR Index) năm " + s.year() + ": trung bình " + ranking.size()
                + " tỉnh, thành phố đạt " + Vn.percent(average)
                + (before == null ? "" : " (năm " + (s.year() - 1) + ": " + Vn.percent(before) + ")")
                + "; cao nhất: " + best.name() + " (" + Vn.percent(best.index()) + "), thấp nhất: " + last.name()
                + " (" + Vn.percent(last.index()) + ").";
        out.add(ReviewFigure.of(
                        "reform.PAR_INDEX",
                        "Chỉ số CCHC (PAR Index) trung bình",
                        average,
                        "%",
                        null,
                        null,
                        null,
                        sentence,
                        link,
                        s.asOf())
                .withPrevious(before)
                .withRanking(values));
        // Each region's average, as the PAR Index report publishes them.
        Map<String, List<RankedUnit>> byRegion = new LinkedHashMap<>();
        reform.regions().keySet().forEach(r -> byRegion.put(r, new ArrayList<>()));
        ranking.forEach(u -> {
            if (u.regionCode() != null) {
                byRegion.computeIfAbsent(u.regionCode(), r -> new ArrayList<>()).add(u);
            }
        });
        Map<String, String> names = reform.regions();
        byRegion.forEach((code, units) -> {
            if (units.isEmpty()) {
                return;
            }
            BigDecimal value = average(units);
            String name = names.getOrDefault(code, units.get(0).region());
            String said = "Vùng " + name + ": chỉ số CCHC trung bình " + Vn.percent(value) + " (" + units.size()
                    + " tỉnh, thành phố; cao nhất " + units.get(0).name() + " "
                    + Vn.percent(units.get(0).index())
                    + "; cả nước " + Vn.percent(average) + ").";
            out.add(ReviewFigure.of(
                            "reform.region." + code,
                            "Chỉ số CCHC trung bình vùng " + name,
                            value,
                            "%",
                            null,
                            null,
                            null,
                            said,
                            link,
                            s.asOf())
                    .withRank(null, null, average, said));
        });
        return out;
    }

    /** The mean of the units' indices, two decimals half-up, as the reform report averages them. */
    static BigDecimal average(List<RankedUnit> units) {
        if (units.isEmpty()) {
            return null;
        }
        BigDecimal sum = units.stream().map(RankedUnit::index).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(units.size()), 2, RoundingMode.HALF_UP);
    }
}
