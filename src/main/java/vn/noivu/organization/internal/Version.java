package vn.noivu.organization.internal;

import java.time.LocalDate;

/**
 * One effective-dated state of a unit, {@code [validFrom, validTo)}. {@code tier} and {@code
 * provinceCode} are derived from the type, the parent and the administrative unit when written.
 */
public record Version(
        String unitCode,
        String name,
        String shortName,
        UnitType type,
        Tier tier,
        String parentCode,
        String adminUnitCode,
        String provinceCode,
        Integer autonomyGroup,
        LocalDate validFrom,
        LocalDate validTo,
        LegalBasis legalBasis,
        Long restructuringId) {

    public boolean covers(LocalDate d) {
        return !validFrom.isAfter(d) && (validTo == null || validTo.isAfter(d));
    }

    /** Whether this version and {@code other} carry the same recorded attributes (not derived ones). */
    public boolean sameAttributes(Version o) {
        return java.util.Objects.equals(name, o.name)
                && java.util.Objects.equals(shortName, o.shortName)
                && type == o.type
                && java.util.Objects.equals(parentCode, o.parentCode)
                && java.util.Objects.equals(adminUnitCode, o.adminUnitCode)
                && java.util.Objects.equals(autonomyGroup, o.autonomyGroup);
    }

    public Version from(LocalDate from) {
        return new Version(
                unitCode,
                name,
                shortName,
                type,
                tier,
                parentCode,
                adminUnitCode,
                provinceCode,
                autonomyGroup,
                from,
                validTo,
                legalBasis,
                restructuringId);
    }

    public Version to(LocalDate to) {
        return new Version(
                unitCode,
                name,
                shortName,
                type,
                tier,
                parentCode,
                adminUnitCode,
                provinceCode,
                autonomyGroup,
                validFrom,
                to,
                legalBasis,
                restructuringId);
    }

    public Version derived(Tier tier, String provinceCode) {
        return new Version(
                unitCode,
                name,
                shortName,
                type,
                tier,
                parentCode,
                adminUnitCode,
                provinceCode,
                autonomyGroup,
                validFrom,
                validTo,
                legalBasis,
                restructuringId);
    }

    public Version because(LegalBasis basis, Long restructuringId) {
        return new Version(
                unitCode,
                name,
                shortName,
                type,
                tier,
                parentCode,
                adminUnitCode,
                provinceCode,
                autonomyGroup,
                validFrom,
                validTo,
                basis,
                restructuringId);
    }

    /** This version with the non-null attributes of {@code change} applied. */
    public Version with(Attributes change) {
        UnitType newType = change.type() != null ? change.type() : type;
        Integer group = change.autonomyGroup() != null ? change.autonomyGroup() : autonomyGroup;
        if (newType != UnitType.PUBLIC_SERVICE_UNIT) {
            group = null;
        }
        return new Version(
                unitCode,
                change.name() != null ? change.name() : name,
                change.shortName() != null ? change.shortName() : shortName,
                newType,
                tier,
                change.parentCode() != null ? change.parentCode() : parentCode,
                change.adminUnitCode() != null ? change.adminUnitCode() : adminUnitCode,
                provinceCode,
                group,
                validFrom,
                validTo,
                legalBasis,
                restructuringId);
    }

    /** Attributes a change sets; null = unchanged. */
    public record Attributes(
            String name,
            String shortName,
            UnitType type,
            String parentCode,
            String adminUnitCode,
            Integer autonomyGroup) {

        public static final Attributes NONE = new Attributes(null, null, null, null, null, null);

        public boolean isEmpty() {
            return name == null
                    && shortName == null
                    && type == null
                    && parentCode == null
                    && adminUnitCode == null
                    && autonomyGroup == null;
        }
    }
}
