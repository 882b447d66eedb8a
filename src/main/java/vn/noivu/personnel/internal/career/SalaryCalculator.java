package vn.noivu.personnel.internal.career;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import vn.noivu.personnel.Salary;
import vn.noivu.personnel.internal.allowances.LeadershipAllowances;

/**
 * Monthly salary of an employment version (NĐ 204/2004/NĐ-CP Art. 3, 5, 6; TT 04/2005/TT-BNV for
 * the above-ceiling allowance; NĐ 115/2020/NĐ-CP Art. 23(1) as amended by NĐ 85/2023/NĐ-CP for probation):
 *
 * <pre>
 * basic          = coefficient × base            (× 85 % while on probation)
 * position       = leadership allowance in force on the date × base (catalogue by post, locality and date;
 *                  else the coefficient typed on the event)
 * above ceiling  = (coefficient + position allowance) × base × pct / 100
 * other          = other allowances × base
 * amount         = basic + position + above ceiling + other, rounded half-up to the đồng
 * </pre>
 */
public final class SalaryCalculator {

    static final BigDecimal PROBATION_SHARE = new BigDecimal("0.85");

    private SalaryCalculator() {}

    public static Salary of(EmploymentVersion v, long baseSalary, LocalDate asOf) {
        return of(v, baseSalary, asOf, LeadershipAllowances.OnDate.typed(v.positionAllowance()));
    }

    /**
     * The salary with the leadership allowance in force on {@code asOf} (from the allowance catalogue,
     * or kept after a restructuring) instead of the coefficient stored on the version.
     */
    public static Salary of(
            EmploymentVersion v, long baseSalary, LocalDate asOf, LeadershipAllowances.OnDate allowance) {
        BigDecimal base = BigDecimal.valueOf(baseSalary);
        BigDecimal coefficient = v.coefficient() == null ? BigDecimal.ZERO : v.coefficient();
        BigDecimal position = allowance.coefficient();
        BigDecimal other = v.otherAllowance() == null ? BigDecimal.ZERO : v.otherAllowance();
        boolean probation = v.probationUntil() != null && asOf.isBefore(v.probationUntil());
        BigDecimal basic = coefficient.multiply(base);
        if (probation) {
            basic = basic.multiply(PROBATION_SHARE);
        }
        BigDecimal aboveCeiling = coefficient
                .add(position)
                .multiply(base)
                .multiply(BigDecimal.valueOf(v.aboveCeilingPct()))
                .divide(BigDecimal.valueOf(100));
        BigDecimal total = basic.add(position.multiply(base)).add(aboveCeiling).add(other.multiply(base));
        return new Salary(
                asOf,
                v.rankCode(),
                v.salaryStep(),
                v.coefficient(),
                baseSalary,
                total.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                basic.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                position,
                v.aboveCeilingPct(),
                other,
                probation,
                allowance.postCode(),
                allowance.postName(),
                allowance.verified(),
                allowance.keptUntil(),
                v.aboveCeilingPct() > 0 ? v.aboveCeilingSince() : null,
                aboveCeiling.setScale(0, RoundingMode.HALF_UP).longValueExact(),
                v.careerLevel());
    }
}
