package vn.noivu.reform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.noivu.reform.Criterion;
import vn.noivu.reform.CriterionKind;
import vn.noivu.reform.EvaluatedSet;
import vn.noivu.reform.Method;
import vn.noivu.reform.RankedUnit;

class RankerTests {

    private static Ranker.Scored unit(String code, String index, String region) {
        return new Ranker.Scored(code, "Tỉnh " + code, new BigDecimal(index), region, region);
    }

    @Test
    void unitsWithTheSameIndexShareTheBetterRankAndTheNextRankIsSkipped() {
        List<RankedUnit> ranked = Ranker.rank(
                List.of(
                        unit("a", "91.00", "R"),
                        unit("b", "95.00", "R"),
                        unit("c", "91.00", "S"),
                        unit("d", "80.00", "S")),
                new BigDecimal("90"),
                new BigDecimal("80"),
                Map.of(),
                0);
        assertThat(ranked).extracting(RankedUnit::unitCode).containsExactly("b", "a", "c", "d");
        assertThat(ranked).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4);
        assertThat(ranked).extracting(RankedUnit::regionRank).containsExactly(1, 2, 1, 2);
        assertThat(ranked).extracting(RankedUnit::regionSize).containsExactly(2, 2, 2, 2);
        assertThat(ranked).extracting(RankedUnit::group).containsExactly("A", "A", "A", "B");
    }

    @Test
    void groupsFollowTheMethodsThresholdsWithTheLowerBoundInside() {
        BigDecimal a = new BigDecimal("92.5");
        BigDecimal b = new BigDecimal("70");
        assertThat(Ranker.group(new BigDecimal("92.50"), a, b)).isEqualTo("A");
        assertThat(Ranker.group(new BigDecimal("92.49"), a, b)).isEqualTo("B");
        assertThat(Ranker.group(new BigDecimal("70.00"), a, b)).isEqualTo("B");
        assertThat(Ranker.group(new BigDecimal("69.99"), a, b)).isEqualTo("C");
    }

    @Test
    void aRankChangeIsGivenOnlyAgainstARankingOfAsManyUnits() {
        List<Ranker.Scored> units = List.of(unit("a", "90.00", null), unit("b", "85.00", null));
        Map<String, Ranker.Previous> previous = Map.of("a", new Ranker.Previous(2, new BigDecimal("80.00")));
        RankedUnit same =
                Ranker.rank(units, BigDecimal.TEN, BigDecimal.ONE, previous, 2).get(0);
        assertThat(same.rankChange()).isEqualTo(1);
        assertThat(same.indexChange()).isEqualByComparingTo("10.00");
        RankedUnit reorganised =
                Ranker.rank(units, BigDecimal.TEN, BigDecimal.ONE, previous, 63).get(0);
        assertThat(reorganised.rankChange()).isNull();
        assertThat(reorganised.indexChange()).isEqualByComparingTo("10.00");
        assertThat(reorganised.regionRank()).isNull();
    }

    @Test
    void aScoreGivenForAnAreaStandsForItsSubCriteriaAndTheIndexIsRoundedHalfUp() {
        Method method = new Method(
                1,
                2024,
                EvaluatedSet.PROVINCES,
                "",
                new BigDecimal("90"),
                new BigDecimal("80"),
                null,
                List.of(
                        new Criterion("L1", null, "Chỉ đạo", new BigDecimal("30"), CriterionKind.SELF_ASSESSED),
                        new Criterion("L1.1", "L1", "Kế hoạch", new BigDecimal("10"), CriterionKind.SELF_ASSESSED),
                        new Criterion("L1.2", "L1", "Kiểm tra", new BigDecimal("20"), CriterionKind.APPRAISED),
                        new Criterion("L2", null, "SIPAS", new BigDecimal("70"), CriterionKind.SURVEYED)));
        assertThat(method.maxPoints()).isEqualByComparingTo("100");
        // L1 from its sub-criteria (10 + 12.345), L2 as given: 22.345 + 66.67 = 89.015 → 89.02 %.
        assertThat(IndexCalculator.index(
                        method,
                        Map.of(
                                "L1.1",
                                new BigDecimal("10"),
                                "L1.2",
                                new BigDecimal("12.345"),
                                "L2",
                                new BigDecimal("66.67"))))
                .isEqualByComparingTo("89.02");
        // A published area score wins over its sub-criteria; a missing leaf counts 0.
        assertThat(IndexCalculator.index(method, Map.of("L1", new BigDecimal("25"), "L1.1", new BigDecimal("1"))))
                .isEqualByComparingTo("25.00");
    }
}
