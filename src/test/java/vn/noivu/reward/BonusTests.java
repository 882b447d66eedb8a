package vn.noivu.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BonusTests {

    @Test
    void aCstdBoTinhDecidedOn1August2026IsThreeTimesTheBaseSalaryOf2530000() {
        Bonus bonus = Bonus.of("CSTD_BO_TINH", LocalDate.of(2026, 8, 1), new BigDecimal("3.00"), 2_530_000);
        assertThat(bonus.amount()).isEqualTo(7_590_000);
    }

    @Test
    void fractionalMultiplesRoundToTheDong() {
        assertThat(Bonus.of("LDTT", LocalDate.of(2026, 8, 1), new BigDecimal("0.30"), 2_340_001)
                        .amount())
                .isEqualTo(702_000);
        assertThat(Bonus.of("TT_LDTT", LocalDate.of(2026, 8, 1), new BigDecimal("0.80"), 2_340_000)
                        .amount())
                .isEqualTo(1_872_000);
    }
}
