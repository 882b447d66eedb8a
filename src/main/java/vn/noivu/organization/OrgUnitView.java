package vn.noivu.organization;

import java.time.LocalDate;

/**
 * One version of an organisation unit: its attributes during {@code [validFrom, validTo)} ({@code
 * validTo} null = still in force). {@code path} is the unit's materialised scope path in today's tree
 * (a row is visible to a user iff {@code path LIKE scope.likePattern()}); {@code provinceCode} is the
 * 2-digit code of the province a local body belongs to (null for central bodies); {@code autonomyGroup}
 * (1–4) is set only for public service units.
 */
public record OrgUnitView(
        String code,
        String name,
        String shortName,
        String type,
        String parentCode,
        String adminUnitCode,
        String provinceCode,
        Integer autonomyGroup,
        String path,
        LocalDate validFrom,
        LocalDate validTo) {}
