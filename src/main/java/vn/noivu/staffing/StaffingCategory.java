package vn.noivu.staffing;

import java.time.LocalDate;

/**
 * One version of a staffing category of the catalogue (docs/staffing-categories.md).
 *
 * @param countsAsQuota false for categories tracked but not counted in quota totals (support contracts)
 * @param legalBasis the legal text this version rests on
 * @param succeededBy the category that takes over the posts when this version ends without a
 *     successor version (CIVIL_SERVANT for COMMUNE_OFFICIAL on 01/07/2025), else null
 */
public record StaffingCategory(
        String code,
        String name,
        String nameEn,
        boolean countsAsQuota,
        int sortOrder,
        String legalBasis,
        LocalDate validFrom,
        LocalDate validTo,
        String succeededBy) {

    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }
}
