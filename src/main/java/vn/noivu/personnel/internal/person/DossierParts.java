package vn.noivu.personnel.internal.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;

/** The repeated parts of a dossier. */
public final class DossierParts {

    private DossierParts() {}

    /** Item 27 of form 2C: schools and courses. */
    @WithinLimits
    public record Training(
            Long id,

            @NotNull @Pattern(regexp = "DEGREE|POLITICAL_THEORY|STATE_MANAGEMENT|LANGUAGE|IT|DEFENCE|OTHER")
            String kind,

            @NotBlank String institution,
            String major,
            LocalDate fromDate,
            LocalDate toDate,
            String mode,
            String diploma) {}

    /** Item 30: relatives on the person's own side and the spouse's side (sensitive). */
    @WithinLimits
    public record FamilyMember(
            Long id,
            @NotNull @Pattern(regexp = "OWN|SPOUSE") String side,
            @NotBlank String relation,
            @NotBlank String fullName,
            @Min(1850) @Max(2100) Integer birthYear,
            String hometown,
            String occupation,
            String address) {}

    /** Item 23: rewards. */
    @WithinLimits
    public record Award(
            Long id, @NotNull LocalDate awardDate, @NotBlank String title, String decisionNo, String issuer) {}

    /** Item 28 before entering the service: free-text periods. */
    @WithinLimits
    public record PriorWork(
            Long id,
            @NotNull LocalDate fromDate,
            LocalDate toDate,
            @NotBlank String description) {}
}
