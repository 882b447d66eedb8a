package vn.noivu.personnel.internal.exit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import vn.noivu.personnel.internal.person.WithinLimits;

/**
 * An exit under a streamlining regime as entered: the decision, the date of leaving, the amounts paid
 * (đồng) and the circumstances the law's exclusions look at — pregnancy or maternity leave, the birth
 * date of the youngest child, a pending disciplinary review, prosecution or inspection, and whether the
 * person asked to leave (the exclusion of a pregnant person or a parent of a young child does not hold
 * for one who volunteers, NĐ 154/2025/NĐ-CP Art. 4(1)).
 */
@WithinLimits
public record ExitCommand(
        @NotBlank @Size(max = 40) String regime,
        @NotNull LocalDate exitDate,
        @NotBlank @Size(max = 100) String decisionNo,
        @NotNull LocalDate decisionDate,
        @NotBlank @Size(max = 200) String issuer,
        @NotNull @Min(0) @Max(100_000_000_000L) Long allowanceAmount,
        @Min(0) @Max(100_000_000_000L) Long otherAmount,
        Boolean pregnantOrMaternityLeave,
        LocalDate youngestChildBirthDate,
        Boolean underReview,
        Boolean voluntary,
        @Size(max = 1000) String note) {

    /** An absent circumstance is a "no". */
    boolean pregnant() {
        return Boolean.TRUE.equals(pregnantOrMaternityLeave);
    }

    boolean reviewed() {
        return Boolean.TRUE.equals(underReview);
    }

    boolean volunteered() {
        return Boolean.TRUE.equals(voluntary);
    }
}
