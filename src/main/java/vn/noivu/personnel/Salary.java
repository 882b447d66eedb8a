package vn.noivu.personnel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A person's monthly salary on a date: coefficient × base salary, plus the position allowance, the
 * above-ceiling seniority allowance and other allowances (docs/personnel-rules.md), in VND.
 *
 * @param rankCode rank (mã ngạch) or professional title code
 * @param step salary step (bậc)
 * @param coefficient salary coefficient of that step (hệ số lương)
 * @param baseSalary base salary (lương cơ sở) in force on {@code asOf}
 * @param amount the monthly total, rounded to the đồng
 * @param basicAmount coefficient × base salary (85 % of it during probation)
 * @param positionAllowance coefficient of the leadership position allowance
 * @param aboveCeilingPct above-ceiling seniority allowance in percent
 * @param otherAllowance coefficient of other allowances
 * @param onProbation whether the person is on probation on {@code asOf}
 * @param leadershipPost the post of the allowance catalogue whose rate applies (null: the coefficient
 *     typed on the event)
 * @param leadershipPostName its name
 * @param allowanceVerified false when the catalogue's rate was not checked against the primary text
 * @param allowanceKeptUntil set when a higher allowance is kept after a restructuring, until this day
 * @param aboveCeilingSince the day the above-ceiling percentage in force started (null without one)
 * @param aboveCeilingAmount the above-ceiling allowance in VND: (coefficient + position allowance) × base × %
 * @param careerLevel the career level (bậc nghề nghiệp) recorded by a change of level, null otherwise
 */
public record Salary(
        LocalDate asOf,
        String rankCode,
        Integer step,
        BigDecimal coefficient,
        long baseSalary,
        long amount,
        long basicAmount,
        BigDecimal positionAllowance,
        int aboveCeilingPct,
        BigDecimal otherAllowance,
        boolean onProbation,
        String leadershipPost,
        String leadershipPostName,
        boolean allowanceVerified,
        LocalDate allowanceKeptUntil,
        LocalDate aboveCeilingSince,
        long aboveCeilingAmount,
        Integer careerLevel) {}
