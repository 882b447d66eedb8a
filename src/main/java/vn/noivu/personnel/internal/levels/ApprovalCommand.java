package vn.noivu.personnel.internal.levels;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The approval of one job position for one public service unit (NĐ 232/2026/NĐ-CP Art. 11(5)): the
 * levels it uses ({@code minLevel}–{@code maxLevel}, both empty for a position without levels), the
 * public-employee quota given to it, its validity and the decision behind it.
 */
public record ApprovalCommand(
        @NotBlank @Size(max = 40) String orgCode,
        @NotBlank @Size(max = 40) String positionCode,
        @Min(1) @Max(5) Integer minLevel,
        @Min(1) @Max(5) Integer maxLevel,
        @NotNull @Min(0) @Max(1_000_000) Integer quota,
        @NotNull LocalDate validFrom,
        LocalDate validTo,
        @NotBlank @Size(max = 100) String decisionNo,
        @NotNull LocalDate decisionDate,
        @NotBlank @Size(max = 300) String issuer) {}
