package vn.noivu.reward;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * The bonus (tiền thưởng) of an award: a multiple of the base salary in force on the decision date,
 * rounded to the đồng (NĐ 152/2025/NĐ-CP Arts. 50–54). Computed, never typed.
 */
public record Bonus(String titleCode, LocalDate decisionDate, BigDecimal multiple, long baseSalary, long amount) {

    public static Bonus of(String titleCode, LocalDate decisionDate, BigDecimal multiple, long baseSalary) {
        long amount = multiple.multiply(BigDecimal.valueOf(baseSalary))
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Bonus(titleCode, decisionDate, multiple, baseSalary, amount);
    }
}
