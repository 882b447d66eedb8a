package vn.noivu.personnel.internal.load;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of a personnel import once checked: the person and the employment version it asserts, with
 * what the catalogues give (coefficient, step interval, next step date, the leadership allowance of a
 * post), ready to be written. {@code appointedOn} is the date of the appointment decision the term
 * runs from; {@code aboveCeilingPct} the above-ceiling allowance drawn (0 = none).
 */
record ImportedRow(
        int rowNo,
        String nationalId,
        String fullName,
        LocalDate birthDate,
        String sex,
        String orgCode,
        String staffCategory,
        String rankCode,
        Integer salaryStep,
        String positionCode,
        LocalDate validFrom,
        LocalDate stepSince,
        String leadershipTitle,
        BigDecimal positionAllowance,
        String decisionNo,
        LocalDate decisionDate,
        String issuer,
        BigDecimal coefficient,
        Integer stepIntervalMonths,
        boolean atTopStep,
        LocalDate termEnd,
        LocalDate nextStepDue,
        LocalDate appointedOn,
        String leadershipPost,
        int aboveCeilingPct) {

    /**
     * A leader's term is five years: civil servants NĐ 138/2020/NĐ-CP Art. 41 [S], carried into NĐ
     * 170/2025/NĐ-CP [K]; public employees NĐ 115/2020/NĐ-CP as amended by NĐ 85/2023/NĐ-CP [S]; the
     * Party's rule QĐ 41-QĐ/TW [K].
     */
    static final int TERM_MONTHS = 60;
}
