package vn.noivu.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetStatusTests {

    private static final ReductionTarget KL40 = new ReductionTarget(
            1, "KL 40", null, List.of("CIVIL_SERVANT"), 2021, 2026, new BigDecimal("5"), "KL 40-KL/TW", null, null);

    @Test
    void dueReductionGrowsProRataOfTheYearsElapsed() {
        assertThat(Staffing.expected(KL40, 2021)).isEqualByComparingTo("0.00");
        assertThat(Staffing.expected(KL40, 2023)).isEqualByComparingTo("2.00");
        assertThat(Staffing.expected(KL40, 2024)).isEqualByComparingTo("3.00");
        assertThat(Staffing.expected(KL40, 2030)).isEqualByComparingTo("5.00");
    }

    @Test
    void scopeThatReachedTheMinimumHasMetTheTarget() {
        assertThat(Staffing.status(KL40, 2023, 1000, 950, Staffing.expected(KL40, 2023)))
                .isEqualTo(TargetStatus.MET);
    }

    @Test
    void scopeAheadOfTheDueShareIsOnTrackAndBehindItAtRisk() {
        // by 2023, 2 % is due: 2.10 % is on track, 1.90 % at risk
        assertThat(Staffing.status(KL40, 2023, 1000, 979, Staffing.expected(KL40, 2023)))
                .isEqualTo(TargetStatus.ON_TRACK);
        assertThat(Staffing.status(KL40, 2023, 1000, 981, Staffing.expected(KL40, 2023)))
                .isEqualTo(TargetStatus.AT_RISK);
    }

    @Test
    void targetYearPassedWithoutTheMinimumIsMissed() {
        assertThat(Staffing.status(KL40, 2026, 1000, 960, Staffing.expected(KL40, 2026)))
                .isEqualTo(TargetStatus.MISSED);
    }

    @Test
    void scopeWithoutBaselineHasNoStatus() {
        assertThat(Staffing.status(KL40, 2024, 0, 10, Staffing.expected(KL40, 2024)))
                .isNull();
    }
}
