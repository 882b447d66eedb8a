package vn.noivu.personnel.internal.person;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The scalar part of a dossier, as entered (groups 1, 3, 5, 7, 8, 10 of NĐ 27/2026 and the fields of
 * form 2C). Each component is a column of {@code personnel.person} of the same name in snake case.
 * Sensitive components (the ID number, health, assets, social-insurance number) are masked for roles
 * not allowed to see them.
 */
@WithinLimits
public record Profile(
        @NotBlank @Pattern(regexp = "[0-9]{12}", message = "{personnel.nationalId.FORMAT}")
        String nationalId,

        @NotBlank @Size(max = WithinLimits.NAME) String fullName,
        @Size(max = WithinLimits.NAME) String otherName,
        @NotNull LocalDate birthDate,
        @NotBlank @Pattern(regexp = "[MF]") String sex,
        @NotBlank String orgCode,
        String birthplaceCode,
        String hometownCode,
        String ethnicity,
        String religion,
        String permanentAddress,
        String currentAddress,
        String phone,
        String email,
        String generalEducation,
        String highestDegree,
        String politicalTheory,
        String stateManagement,
        String foreignLanguages,
        String itSkills,
        LocalDate partyJoined,
        LocalDate partyOfficial,
        String organisations,
        LocalDate militaryEntry,
        LocalDate militaryExit,
        String militaryRank,
        String honoraryTitle,
        String strengths,
        String healthStatus,
        @Min(40) @Max(250) Integer heightCm,
        @Min(2) @Max(300) Integer weightKg,
        String bloodType,
        String policyStatus,
        String socialInsuranceNo,
        String assetsIncome) {

    /** Components shown only to roles allowed to see sensitive data. */
    static final java.util.Set<String> SENSITIVE = java.util.Set.of(
            "nationalId", "healthStatus", "heightCm", "weightKg", "bloodType", "socialInsuranceNo", "assetsIncome");

    /** This profile with its sensitive fields masked. */
    Profile masked() {
        return new Profile(
                NationalId.mask(nationalId),
                fullName,
                otherName,
                birthDate,
                sex,
                orgCode,
                birthplaceCode,
                hometownCode,
                ethnicity,
                religion,
                permanentAddress,
                currentAddress,
                phone,
                email,
                generalEducation,
                highestDegree,
                politicalTheory,
                stateManagement,
                foreignLanguages,
                itSkills,
                partyJoined,
                partyOfficial,
                organisations,
                militaryEntry,
                militaryExit,
                militaryRank,
                honoraryTitle,
                strengths,
                null,
                null,
                null,
                null,
                policyStatus,
                null,
                null);
    }
}
